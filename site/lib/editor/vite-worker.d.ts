// Vite's `?worker` imports (vite/client declares the same; this project's tsconfig does not load
// vite's client types): the default export constructs the bundled module worker.
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}

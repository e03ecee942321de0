/*
 * binfmt_misc interpreter for the simulator's executables, used only while recording the engine
 * scenarios (scripts/record-scenarios.ts). The catalog images keep the simulator's ELF stubs
 * ("\x7fELF...dockersim-applet:<name>", real sizes, zero-filled), so a real engine that loads
 * them has the simulator's exact layers, sizes and IDs; this interpreter makes those stubs run as
 * Debian's busybox-static, embedded below, which is the busybox the simulator imitates.
 *
 * Registered with flags P (argv = [this, path, original argv0, args...]) and F (opened at
 * registration, so it works inside containers). It copies busybox into a memfd named after
 * argv[0] and execs it by descriptor with the original argv, so the process's command line (ps,
 * docker top) is exactly what was run, e.g. "sleep 3141", and busybox picks its applet from
 * argv[0]. (Executing from /dev/shm would give a cleaner comm, but containers mount it noexec.)
 * The one trace left: the process's comm is "memfd:<name>", which busybox ps shows as a
 * "{memfd:<name>} " prefix; the recorder removes that prefix from what it records.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/mman.h>
#include <unistd.h>

__asm__(".section .rodata\n"
        ".global bb_start\n"
        "bb_start:\n"
        ".incbin \"/bin/busybox\"\n"
        ".global bb_end\n"
        "bb_end:\n"
        ".previous\n");
extern const char bb_start[], bb_end[];
extern char **environ;

static int write_all(int fd) {
  const char *p = bb_start;
  while (p < bb_end) {
    ssize_t n = write(fd, p, (size_t)(bb_end - p));
    if (n <= 0) return -1;
    p += n;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fputs("stub-exec: run through binfmt_misc with the P flag\n", stderr);
    return 126;
  }
  const char *name = strrchr(argv[2], '/') ? strrchr(argv[2], '/') + 1 : argv[2];
  if (*name == '\0' || strlen(name) > 200) name = "busybox";
  int fd = memfd_create(name, MFD_CLOEXEC);
  if (fd < 0 || write_all(fd) != 0) {
    perror("stub-exec");
    return 126;
  }
  syscall(SYS_execveat, fd, "", argv + 2, environ, AT_EMPTY_PATH);
  perror("stub-exec: execveat");
  return 126;
}

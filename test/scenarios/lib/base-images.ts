/**
 * The images every engine scenario starts with, on both sides: the simulator's catalog images, as
 * a fresh engine has them after `docker pull`. Before each scenario the replay pulls them quietly
 * (SETUP_COMMANDS, output discarded); the recorder makes the real engine hold exactly these
 * (pulled through its registry mirror, so they carry RepoDigests as pulled images do).
 */
export const BASE_IMAGES = ['alpine:3.20', 'alpine:latest', 'busybox:latest', 'ubuntu:24.04', 'nginx:alpine'] as const;

export const SETUP_COMMANDS: string[] = BASE_IMAGES.map((ref) => `docker pull -q ${ref} >/dev/null 2>&1`);

#ifndef LIBFUZZER_INTERFACE_H
#define LIBFUZZER_INTERFACE_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, for a program that has its own `main` (compiler-rt's
// FuzzerInterface.h). SwiftPM links an executable target with `main` renamed to the
// target's own entry point, which replaces the `main` libFuzzer ships; so the fuzz target's
// entry point hands its arguments to this driver instead. Declared only: libFuzzer defines
// it, and only a build with `-sanitize=fuzzer` calls it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif

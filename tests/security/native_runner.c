/* native_runner.c - runs the natively built buggy_parser.c on input files, one forked
 * child per file, and prints "<status> <path>" for each: 0 if the parse returned, else
 * what ended the child (AddressSanitizer's exit code, or 128 + a signal number).
 * Built and run by tests/security/fuzz.py with -fsanitize=address. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

uint32_t buggy_parse(const uint8_t *data, uint32_t n);

static int run_one(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    static uint8_t data[1 << 20];
    size_t n = fread(data, 1, sizeof data, f);
    fclose(f);
    pid_t child = fork();
    if (child == 0) {
        buggy_parse(data, (uint32_t)n);
        _exit(0);
    }
    int status;
    if (child < 0 || waitpid(child, &status, 0) < 0)
        return -1;
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        printf("%d %s\n", run_one(argv[i]), argv[i]);
    return 0;
}

/* wasmbox_abort.c - why a C++ library gave up.
 *
 * A module built from C++ sources links guest/wasmbox_cxx.cc, which runs
 * inside the sandbox: when the library throws (no provider's wasm32 libc++
 * can catch), libc++ aborts (new failing, ...) or std::terminate() is
 * called, it fills in `__wasmbox_abort_note` in linear memory and traps with
 * `unreachable`. The link exports the note's address as a wasm global, which
 * the runtime reads once per instance (wasmbox_sandbox.c). After an
 * `unreachable` trap, this file copies the note out, so that the exception
 * says what happened: M.CxxException with the C++ type and what(), or
 * M.Unreachable "aborted: <why>".
 *
 * The note lives in the sandbox's memory, so it is as untrusted as the rest
 * of it: it is read only within memory's bounds, its kind must be one we
 * know, and its strings are cut at their fields' ends. A library that forges
 * it changes nothing but the text of its own trap.
 */
#include "wasmbox.h"

#include <string.h>

/* The guest's struct: uint32_t kind; char type[128]; char message[1024]. */
#define NOTE_TYPE_OFFSET 4u
#define NOTE_MESSAGE_OFFSET (NOTE_TYPE_OFFSET + sizeof(((wasmbox_abort_note *)0)->type))
#define NOTE_SIZE (NOTE_MESSAGE_OFFSET + sizeof(((wasmbox_abort_note *)0)->message))

static void copy_field(char *dst, const uint8_t *src, size_t size)
{
    size_t n = 0;
    while (n < size - 1 && src[n] != 0)
        n++;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

void wasmbox_read_abort_note(const wasmbox_sandbox *sb, int why, wasmbox_abort_note *note)
{
    note->kind = WASMBOX_NOTE_NONE;
    note->type[0] = note->message[0] = '\0';
    /* The guest gives up with __builtin_trap(): nothing else has a note. */
    if (why != WASM_RT_TRAP_UNREACHABLE || sb->abort_note == 0)
        return;
    const wasm_rt_memory_t *memory = sb->wasi.memory;
    if (memory == NULL || (uint64_t)sb->abort_note + NOTE_SIZE > memory->size)
        return;
    const uint8_t *base = memory->data + sb->abort_note;
    uint32_t kind;
    memcpy(&kind, base, sizeof kind); /* wasm is little-endian, and so is the host */
    if (kind != WASMBOX_NOTE_EXCEPTION && kind != WASMBOX_NOTE_ABORT)
        return;
    note->kind = kind;
    copy_field(note->type, base + NOTE_TYPE_OFFSET, sizeof note->type);
    copy_field(note->message, base + NOTE_MESSAGE_OFFSET, sizeof note->message);
}

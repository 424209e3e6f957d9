/* png_glue.h - the libpng test's bindings: all of png.h (and the zlib.h it
 * includes), plus a decoder on libpng's classic read API, which needs setjmp in C. */
#ifndef PNG_GLUE_H
#define PNG_GLUE_H

#include <stdint.h>

#include "png.h"

/* Decode a PNG to 8-bit RGBA (palette and low bit depths expanded, tRNS to alpha,
 * 16-bit samples cut to their high byte, gray to RGB, interlacing undone), with
 * libpng's error handler longjmp'ing back here. `out` holds out_size bytes; `size`
 * receives width and height first (size[0], size[1]). With `strict`, benign errors
 * and bad CRCs in any chunk are errors too. 0 on success; -1 with libpng's message
 * in `message` (message_size bytes). */
int png_glue_classic_decode(const uint8_t *data, uint32_t data_size, int strict, uint8_t *out,
                            uint32_t out_size, uint32_t *size, char *message,
                            uint32_t message_size);

#endif

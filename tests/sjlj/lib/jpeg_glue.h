/* jpeg_glue.h - libjpeg's decoder behind one call, with the documented recovery:
 * an error_exit that longjmps back to the caller instead of exit(). */
#ifndef JPEG_GLUE_H
#define JPEG_GLUE_H

#include <stdint.h>

/* Decode a JPEG to 8-bit RGB. On success returns 0 and sets result[0] to a
 * malloc'ed buffer of result[1] x result[2] pixels (free() it). With `strict`,
 * warnings (corrupt data that libjpeg would decode past) are errors too.
 * On error returns -1 with libjpeg's message in `message`. */
int jpeg_glue_decode(const uint8_t *data, uint32_t size, int strict, uint32_t *result,
                     char *message, uint32_t message_size);

#endif

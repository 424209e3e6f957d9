/* jpeg_glue.c - see jpeg_glue.h: libjpeg's own example of error recovery
 * (example.txt, "my_error_exit"), in a sandbox. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jpeglib.h"
#include "jerror.h"

#include "jpeg_glue.h"

struct recovery {
    struct jpeg_error_mgr manager; /* first: libjpeg sees only this */
    jmp_buf escape;
    int strict;
    char message[JMSG_LENGTH_MAX];
};

static void escape_with_message(j_common_ptr cinfo)
{
    struct recovery *recovery = (struct recovery *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, recovery->message);
    longjmp(recovery->escape, 1);
}

/* Warnings (level -1) are errors when strict; traces are dropped. */
static void on_message(j_common_ptr cinfo, int level)
{
    struct recovery *recovery = (struct recovery *)cinfo->err;
    if (level < 0) {
        cinfo->err->num_warnings++;
        if (recovery->strict)
            escape_with_message(cinfo);
    }
}

int jpeg_glue_decode(const uint8_t *data, uint32_t size, int strict, uint32_t *result,
                     char *message, uint32_t message_size)
{
    struct jpeg_decompress_struct cinfo;
    struct recovery recovery;
    unsigned char *volatile pixels = NULL; /* changed after setjmp: volatile */

    cinfo.err = jpeg_std_error(&recovery.manager);
    recovery.manager.error_exit = escape_with_message;
    recovery.manager.emit_message = on_message;
    recovery.strict = strict;
    recovery.message[0] = '\0';
    if (setjmp(recovery.escape) != 0) {
        jpeg_destroy_decompress(&cinfo);
        free(pixels);
        if (message_size > 0) {
            strncpy(message, recovery.message, message_size - 1);
            message[message_size - 1] = '\0';
        }
        return -1;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, size);
    jpeg_read_header(&cinfo, TRUE);
    cinfo.out_color_space = JCS_RGB;
    jpeg_start_decompress(&cinfo);
    size_t row = (size_t)cinfo.output_width * 3;
    if (row != 0 && cinfo.output_height > SIZE_MAX / row)
        ERREXIT1(&cinfo, JERR_OUT_OF_MEMORY, 1);
    pixels = malloc(row * cinfo.output_height);
    if (pixels == NULL)
        ERREXIT1(&cinfo, JERR_OUT_OF_MEMORY, 2);
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW line = pixels + row * cinfo.output_scanline;
        jpeg_read_scanlines(&cinfo, &line, 1);
    }
    jpeg_finish_decompress(&cinfo);
    result[0] = (uint32_t)(uintptr_t)pixels;
    result[1] = cinfo.output_width;
    result[2] = cinfo.output_height;
    jpeg_destroy_decompress(&cinfo);
    return 0;
}

/* png_glue.c - libpng's classic read API behind one call (see png_glue.h): the
 * documented pattern of an error handler that longjmps to the caller's setjmp. */
#include <stdlib.h>
#include <string.h>

#include "png_glue.h"

struct decode {
    const uint8_t *data;
    size_t data_size, position;
    char *message;
    size_t message_size;
};

static void on_error(png_structp png, png_const_charp text)
{
    struct decode *d = png_get_error_ptr(png);
    if (d->message_size > 0) {
        strncpy(d->message, text, d->message_size - 1);
        d->message[d->message_size - 1] = '\0';
    }
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp text)
{
    (void)png;
    (void)text;
}

static void read_data(png_structp png, png_bytep out, size_t length)
{
    struct decode *d = png_get_io_ptr(png);
    if (length > d->data_size - d->position)
        png_error(png, "read beyond the end of the data");
    memcpy(out, d->data + d->position, length);
    d->position += length;
}

int png_glue_classic_decode(const uint8_t *data, uint32_t data_size, int strict, uint8_t *out,
                            uint32_t out_size, uint32_t *size, char *message,
                            uint32_t message_size)
{
    struct decode d = {data, data_size, 0, message, message_size};
    png_bytep *volatile rows = NULL; /* changed after setjmp: volatile */
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &d, on_error, on_warning);
    png_infop info = png != NULL ? png_create_info_struct(png) : NULL;
    if (info == NULL) {
        png_destroy_read_struct(&png, NULL, NULL);
        strncpy(message, "out of memory", message_size);
        return -1;
    }
    if (setjmp(png_jmpbuf(png)) != 0) {
        free(rows);
        png_destroy_read_struct(&png, &info, NULL);
        return -1;
    }
    if (strict) {
        png_set_benign_errors(png, 0);
        png_set_crc_action(png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);
    }
    png_set_read_fn(png, &d, read_data);
    png_read_info(png, info);
    png_uint_32 width = png_get_image_width(png, info);
    png_uint_32 height = png_get_image_height(png, info);
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (png_get_rowbytes(png, info) != (size_t)width * 4)
        png_error(png, "png_glue: the transforms did not give RGBA8 rows");
    if (width == 0 || out_size / 4 / width < height)
        png_error(png, "png_glue: the output buffer is too small");
    rows = malloc(height * sizeof *rows);
    if (rows == NULL)
        png_error(png, "png_glue: out of memory");
    for (png_uint_32 y = 0; y < height; y++)
        rows[y] = out + (size_t)y * width * 4;
    png_read_image(png, rows);
    png_read_end(png, NULL);
    free(rows);
    png_destroy_read_struct(&png, &info, NULL);
    size[0] = width;
    size[1] = height;
    return 0;
}

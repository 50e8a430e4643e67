#ifndef CVIPS_SHIM_H
#define CVIPS_SHIM_H
#include <vips/vips.h>

/* libvips operations take their optional arguments as C varargs, which Swift cannot call:
   these wrappers name the few the site needs. Each returns 0 on success, -1 on error (the
   message is then in vips_error_buffer()). */

/* A header-only read of an image in memory; fails on an unknown format or damaged header. */
static inline VipsImage *cvips_header(const void *buffer, size_t length) {
    return vips_image_new_from_buffer(buffer, length, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/* An image shrunk to fit `width` x `height` (enlarged only when asked), rotated upright, in sRGB,
   decoded with shrink-on-load; fails on damaged data, even what the decoder would
   recover from (fail_on=warning: a bad PNG CRC, a truncated JPEG). */
static inline int cvips_thumbnail(const void *buffer, size_t length, int width, int height, int enlarge, VipsImage **out) {
    return vips_thumbnail_buffer((void *)buffer, length, out, width,
                                 "height", height, "size", enlarge ? VIPS_SIZE_BOTH : VIPS_SIZE_DOWN,
                                 "fail_on", VIPS_FAIL_ON_WARNING, NULL);
}

/* An image in memory shrunk to `width` pixels wide (never enlarged). */
static inline int cvips_shrink(VipsImage *in, int width, VipsImage **out) {
    return vips_thumbnail_image(in, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL);
}

/* A square icon `size` pixels wide, the image centred and kept whole (transparent margins);
   any image (grey, grey with alpha, colour) is first made sRGB with alpha. */
static inline int cvips_square(VipsImage *in, int size, VipsImage **out) {
    double background[4] = {0, 0, 0, 0};
    VipsArrayDouble *array = vips_array_double_new(background, 4);
    VipsImage *colour = NULL, *alpha = NULL;
    int result = -1;
    if (vips_colourspace(in, &colour, VIPS_INTERPRETATION_sRGB, NULL)) goto done;
    if (vips_image_hasalpha(colour)) {
        alpha = colour;
        g_object_ref(alpha);
    } else if (vips_addalpha(colour, &alpha)) {
        goto done;
    }
    result = vips_gravity(alpha, out, VIPS_COMPASS_DIRECTION_CENTRE, size, size,
                          "extend", VIPS_EXTEND_BACKGROUND, "background", array, NULL);
done:
    if (alpha) g_object_unref(alpha);
    if (colour) g_object_unref(colour);
    vips_area_unref(VIPS_AREA(array));
    return result;
}

/* Encoders: metadata stripped unless `keep`; the ICC profile goes with it, images being
   converted to sRGB by thumbnailing first. */
/* WebP: libvips 8.14 writes the EXIF block even when asked to strip, so without `keep` the
   metadata fields (EXIF, XMP, IPTC) are removed from a copy of the image first. */
static inline int cvips_webp(VipsImage *in, int quality, int keep, void **buffer, size_t *length) {
    if (keep) return vips_webpsave_buffer(in, buffer, length, "Q", quality, NULL);
    VipsImage *bare = NULL;
    if (vips_copy(in, &bare, NULL)) return -1;
    gchar **fields = vips_image_get_fields(bare);
    for (int i = 0; fields[i]; i++) {
        if (vips_isprefix("exif-", fields[i]) || vips_isprefix("xmp-", fields[i]) || vips_isprefix("iptc-", fields[i]))
            vips_image_remove(bare, fields[i]);
    }
    g_strfreev(fields);
    int result = vips_webpsave_buffer(bare, buffer, length, "Q", quality, "strip", TRUE, NULL);
    g_object_unref(bare);
    return result;
}
static inline int cvips_jpeg(VipsImage *in, int quality, int keep, void **buffer, size_t *length) {
    return vips_jpegsave_buffer(in, buffer, length, "Q", quality, "strip", !keep, "optimize_coding", TRUE,
                                "interlace", TRUE, NULL);
}
static inline int cvips_png(VipsImage *in, int keep, void **buffer, size_t *length) {
    return vips_pngsave_buffer(in, buffer, length, "strip", !keep, "compression", 9, NULL);
}
static inline int cvips_gif(VipsImage *in, int keep, void **buffer, size_t *length) {
    return vips_gifsave_buffer(in, buffer, length, "strip", !keep, NULL);
}

/* An SVG document rasterized at its own size. */
static inline int cvips_svg(const void *buffer, size_t length, VipsImage **out) {
    return vips_svgload_buffer((void *)buffer, length, out, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/* The logical width in pixels of one line of text in a Pango font description
   ("DejaVu Sans Bold 56", at 72 dpi so points are pixels). */
static inline int cvips_text_width(const char *text, const char *font, int *width) {
    VipsImage *out = NULL;
    if (vips_text(&out, text, "font", font, "dpi", 72, NULL)) return -1;
    *width = vips_image_get_width(out);
    g_object_unref(out);
    return 0;
}
#endif

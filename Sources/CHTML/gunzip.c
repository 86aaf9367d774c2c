// gzip decompression for saved pages (.html.gz), with an output size limit.
#include "chtml.h"

#include <stdlib.h>
#include <zlib.h>

int chtml_gunzip(const unsigned char *bytes, size_t length, size_t limit,
                 unsigned char **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    z_stream z = {0};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return 1;
    size_t cap = length * 4 + 1024;
    if (cap > limit + 1) cap = limit + 1;
    unsigned char *buffer = malloc(cap);
    if (!buffer) { inflateEnd(&z); return 1; }
    z.next_in = (unsigned char *)bytes;
    z.avail_in = (uInt)length;
    size_t used = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (used == cap) {
            if (cap > limit) { free(buffer); inflateEnd(&z); return 2; }
            size_t next = cap * 2;
            if (next > limit + 1) next = limit + 1;
            unsigned char *moved = realloc(buffer, next);
            if (!moved) { free(buffer); inflateEnd(&z); return 1; }
            buffer = moved;
            cap = next;
        }
        z.next_out = buffer + used;
        z.avail_out = (uInt)(cap - used);
        status = inflate(&z, Z_NO_FLUSH);
        used = cap - z.avail_out;
        if (status == Z_STREAM_END) break;
        if (status != Z_OK) { free(buffer); inflateEnd(&z); return 1; }
        if (z.avail_in == 0 && z.avail_out != 0) { free(buffer); inflateEnd(&z); return 1; }
    }
    inflateEnd(&z);
    if (used > limit) { free(buffer); return 2; }
    *out = buffer;
    *out_length = used;
    return 0;
}

void chtml_buffer_free(void *buffer) { free(buffer); }

// chtml: a small C API over libxml2's HTML parser.
//
// Swift never sees a libxml2 header (Foundation and libxml2's ICU headers
// clash on this toolchain). The parser's tree is flattened into plain arrays
// of nodes and attributes whose strings live in one UTF-8 pool; Swift reads
// those arrays and frees the whole document with one call.
#ifndef WARTA_CHTML_H
#define WARTA_CHTML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { CHTML_ELEMENT = 1, CHTML_TEXT = 3 };

typedef struct {
    int32_t kind;          // CHTML_ELEMENT or CHTML_TEXT
    int32_t parent;        // index of the parent element, -1 for a root
    int32_t first_child;   // -1 when none
    int32_t next_sibling;  // -1 when none
    uint32_t name;         // element: pool offset of the lower-case tag name
    uint32_t text;         // text: pool offset of the UTF-8 text
    uint32_t text_len;     // text: length in bytes
    uint32_t attr_start;   // element: index of its first attribute
    uint32_t attr_count;   // element: number of attributes
} chtml_node;

typedef struct {
    uint32_t name;         // pool offset of the lower-case attribute name
    uint32_t value;        // pool offset of the value
    uint32_t value_len;    // value length in bytes
} chtml_attr;

typedef struct chtml_doc chtml_doc;

// Parses HTML bytes. `encoding` may be NULL to let libxml2 honour the page's
// own declaration. Returns NULL only when libxml2 produced no document at all.
chtml_doc *chtml_parse(const char *bytes, size_t length, const char *encoding);
void chtml_free(chtml_doc *doc);

size_t chtml_node_count(const chtml_doc *doc);
const chtml_node *chtml_nodes(const chtml_doc *doc);
size_t chtml_attr_count(const chtml_doc *doc);
const chtml_attr *chtml_attrs(const chtml_doc *doc);
const char *chtml_pool(const chtml_doc *doc);

// 1 when libxml2 (through iconv or ICU) can decode the named charset.
int chtml_charset_known(const char *name);

// Decompresses a gzip stream. On success returns 0 and sets *out (free with
// chtml_buffer_free) and *out_length. Fails with 1 on corrupt or truncated
// data and with 2 when the output would exceed `limit` bytes.
int chtml_gunzip(const unsigned char *bytes, size_t length, size_t limit,
                 unsigned char **out, size_t *out_length);
void chtml_buffer_free(void *buffer);

#ifdef __cplusplus
}
#endif
#endif

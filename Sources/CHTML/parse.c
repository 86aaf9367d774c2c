// Flattens libxml2's HTML tree into the arrays declared in chtml.h.
#include "chtml.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct chtml_doc {
    chtml_node *nodes;
    size_t node_count, node_cap;
    chtml_attr *attrs;
    size_t attr_count, attr_cap;
    char *pool;
    size_t pool_len, pool_cap;
    int failed;
};

static int grow(void **buffer, size_t *cap, size_t need, size_t item) {
    if (need <= *cap) return 1;
    size_t next = *cap ? *cap : 256;
    while (next < need) next *= 2;
    void *moved = realloc(*buffer, next * item);
    if (!moved) return 0;
    *buffer = moved;
    *cap = next;
    return 1;
}

static uint32_t pool_add(chtml_doc *doc, const char *text, size_t len, int lower) {
    if (doc->failed) return 0;
    if (!grow((void **)&doc->pool, &doc->pool_cap, doc->pool_len + len + 1, 1)) {
        doc->failed = 1;
        return 0;
    }
    uint32_t at = (uint32_t)doc->pool_len;
    char *dst = doc->pool + doc->pool_len;
    if (lower) {
        for (size_t i = 0; i < len; i++) {
            char c = text[i];
            dst[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
    } else {
        memcpy(dst, text, len);
    }
    dst[len] = 0;
    doc->pool_len += len + 1;
    return at;
}

static int32_t node_add(chtml_doc *doc, int32_t kind, int32_t parent) {
    if (doc->failed) return -1;
    if (!grow((void **)&doc->nodes, &doc->node_cap, doc->node_count + 1, sizeof(chtml_node))) {
        doc->failed = 1;
        return -1;
    }
    int32_t at = (int32_t)doc->node_count++;
    chtml_node *n = &doc->nodes[at];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->parent = parent;
    n->first_child = -1;
    n->next_sibling = -1;
    return at;
}

// Script text is kept only for JSON data blocks (JSON-LD); style text never.
static int keeps_text(xmlNodePtr element) {
    const char *name = (const char *)element->name;
    if (!name) return 1;
    if (strcasecmp(name, "style") == 0) return 0;
    if (strcasecmp(name, "script") == 0) {
        xmlChar *type = xmlGetProp(element, (const xmlChar *)"type");
        int json = type && strstr((const char *)type, "json") != NULL;
        if (type) xmlFree(type);
        return json;
    }
    return 1;
}

static void flatten(chtml_doc *doc, xmlNodePtr first, int32_t parent) {
    // Iterative walk: libxml2 trees of broken pages can be very deep.
    typedef struct { xmlNodePtr node; int32_t parent; int32_t last; } frame;
    size_t cap = 64, top = 0;
    frame *stack = malloc(cap * sizeof(frame));
    if (!stack) { doc->failed = 1; return; }
    stack[top++] = (frame){ first, parent, -1 };
    while (top > 0 && !doc->failed) {
        frame *f = &stack[top - 1];
        xmlNodePtr cur = f->node;
        if (!cur) { top--; continue; }
        f->node = cur->next;
        int32_t kind = 0;
        if (cur->type == XML_ELEMENT_NODE) kind = CHTML_ELEMENT;
        else if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) kind = CHTML_TEXT;
        if (!kind) continue;
        if (kind == CHTML_TEXT && f->parent >= 0 && doc->nodes[f->parent].kind == CHTML_ELEMENT) {
            if (cur->parent && cur->parent->type == XML_ELEMENT_NODE && !keeps_text(cur->parent)) continue;
        }
        if (kind == CHTML_TEXT && (!cur->content || !cur->content[0])) continue;
        int32_t parent_index = f->parent;
        int32_t at = node_add(doc, kind, parent_index);
        if (at < 0) break;
        if (f->last >= 0) doc->nodes[f->last].next_sibling = at;
        else if (parent_index >= 0) doc->nodes[parent_index].first_child = at;
        f->last = at;
        if (kind == CHTML_TEXT) {
            size_t len = strlen((const char *)cur->content);
            uint32_t off = pool_add(doc, (const char *)cur->content, len, 0);
            doc->nodes[at].text = off;
            doc->nodes[at].text_len = (uint32_t)len;
            continue;
        }
        const char *name = cur->name ? (const char *)cur->name : "";
        doc->nodes[at].name = pool_add(doc, name, strlen(name), 1);
        doc->nodes[at].attr_start = (uint32_t)doc->attr_count;
        for (xmlAttrPtr a = cur->properties; a && !doc->failed; a = a->next) {
            if (!a->name) continue;
            xmlChar *value = xmlNodeGetContent((xmlNodePtr)a);
            const char *v = value ? (const char *)value : "";
            if (!grow((void **)&doc->attrs, &doc->attr_cap, doc->attr_count + 1, sizeof(chtml_attr))) {
                doc->failed = 1;
            } else {
                chtml_attr *slot = &doc->attrs[doc->attr_count++];
                slot->name = pool_add(doc, (const char *)a->name, strlen((const char *)a->name), 1);
                size_t vlen = strlen(v);
                slot->value = pool_add(doc, v, vlen, 0);
                slot->value_len = (uint32_t)vlen;
                doc->nodes[at].attr_count++;
            }
            if (value) xmlFree(value);
        }
        if (cur->children) {
            if (top == cap) {
                cap *= 2;
                frame *moved = realloc(stack, cap * sizeof(frame));
                if (!moved) { doc->failed = 1; break; }
                stack = moved;
            }
            stack[top++] = (frame){ cur->children, at, -1 };
        }
    }
    free(stack);
}

chtml_doc *chtml_parse(const char *bytes, size_t length, const char *encoding) {
    if (length > (size_t)INT32_MAX) return NULL;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    // The caller decided the charset (BOM, <meta>, UTF-8 validity): keep it.
    if (encoding) options |= HTML_PARSE_IGNORE_ENC;
    htmlDocPtr tree = htmlReadMemory(bytes, (int)length, NULL, encoding, options);
    if (!tree) return NULL;
    chtml_doc *doc = calloc(1, sizeof *doc);
    if (!doc) { xmlFreeDoc(tree); return NULL; }
    pool_add(doc, "", 0, 0);  // offset 0 is the empty string
    flatten(doc, tree->children, -1);
    xmlFreeDoc(tree);
    if (doc->failed) { chtml_free(doc); return NULL; }
    return doc;
}

void chtml_free(chtml_doc *doc) {
    if (!doc) return;
    free(doc->nodes);
    free(doc->attrs);
    free(doc->pool);
    free(doc);
}

size_t chtml_node_count(const chtml_doc *doc) { return doc->node_count; }
const chtml_node *chtml_nodes(const chtml_doc *doc) { return doc->nodes; }
size_t chtml_attr_count(const chtml_doc *doc) { return doc->attr_count; }
const chtml_attr *chtml_attrs(const chtml_doc *doc) { return doc->attrs; }
const char *chtml_pool(const chtml_doc *doc) { return doc->pool; }

int chtml_charset_known(const char *name) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name);
    if (!handler) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}

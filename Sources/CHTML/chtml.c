#include "chtml.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>

enum { MAX_ATTRIBUTES = 32 };

static void open_element(xmlNodePtr node, const chtml_handlers *h) {
    const char *list[MAX_ATTRIBUTES * 2 + 1];
    xmlChar *values[MAX_ATTRIBUTES];
    int count = 0;
    for (xmlAttrPtr a = node->properties; a && count < MAX_ATTRIBUTES; a = a->next) {
        xmlChar *value = xmlNodeGetContent((xmlNodePtr)a);
        values[count] = value;
        list[count * 2] = (const char *)a->name;
        list[count * 2 + 1] = value ? (const char *)value : "";
        count++;
    }
    list[count * 2] = NULL;
    h->open_element(h->context, (const char *)node->name, list);
    for (int i = 0; i < count; i++) xmlFree(values[i]);
}

// Walks without recursion, so that no nesting can exhaust the stack.
static chtml_status walk(xmlNodePtr root, int max_depth, const chtml_handlers *h) {
    xmlNodePtr node = root;
    int depth = 0;
    for (;;) {
        if (node->type == XML_ELEMENT_NODE) {
            if (depth >= max_depth) return CHTML_TOO_DEEP;
            open_element(node, h);
            if (node->children) {
                node = node->children;
                depth++;
                continue;
            }
            h->close_element(h->context, (const char *)node->name);
        } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
            h->text(h->context, (const char *)node->content, (size_t)xmlStrlen(node->content));
        }
        // On to the next sibling, closing each element left on the way up.
        while (node != root && !node->next) {
            node = node->parent;
            depth--;
            h->close_element(h->context, (const char *)node->name);
        }
        if (node == root) return CHTML_OK;
        node = node->next;
    }
}

chtml_status chtml_walk(const char *utf8, size_t length, int max_depth, const chtml_handlers *handlers) {
    if (length > INT_MAX) return CHTML_NOT_PARSED;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT;
    htmlDocPtr doc = htmlReadMemory(utf8, (int)length, NULL, "UTF-8", options);
    if (!doc) return CHTML_NOT_PARSED;
    chtml_status status = CHTML_OK;
    for (xmlNodePtr top = doc->children; top && status == CHTML_OK; top = top->next) {
        if (top->type == XML_ELEMENT_NODE) status = walk(top, max_depth, handlers);
        else if (top->type == XML_TEXT_NODE && top->content)
            handlers->text(handlers->context, (const char *)top->content, (size_t)xmlStrlen(top->content));
    }
    xmlFreeDoc(doc);
    return status;
}

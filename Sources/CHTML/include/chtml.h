#ifndef CHTML_H
#define CHTML_H

// libxml2's tolerant HTML parser for Swift, through a header that names no libxml2 type: the document is
// parsed and walked here, and Swift only sees a stream of element and text events.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Receives the document in order. Element names are lower-case; `attributes` is a NULL-terminated list of
/// name, value pairs (names lower-case). Text is UTF-8 with entities decoded. Strings live only for the call.
typedef struct {
    void *context;
    void (*open_element)(void *context, const char *name, const char *const *attributes);
    void (*close_element)(void *context, const char *name);
    void (*text)(void *context, const char *utf8, size_t length);
} chtml_handlers;

typedef enum {
    CHTML_OK = 0,
    CHTML_NOT_PARSED = 1,   // libxml2 made no document of the bytes
    CHTML_TOO_DEEP = 2,     // elements nested deeper than max_depth
} chtml_status;

/// Parses UTF-8 HTML (the caller has decoded the page) and walks it, calling the handlers; comments and
/// processing instructions are left out. Never reads the network. Safe to call from several threads at once.
chtml_status chtml_walk(const char *utf8, size_t length, int max_depth, const chtml_handlers *handlers);

#ifdef __cplusplus
}
#endif

#endif

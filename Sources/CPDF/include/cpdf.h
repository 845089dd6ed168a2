#ifndef CPDF_H
#define CPDF_H

// poppler's text extraction for Swift, through a header that names no poppler type. Every function catches
// every C++ exception and reports a status instead.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cpdf_document cpdf_document;

typedef enum {
    CPDF_OK = 0,
    CPDF_NOT_PDF = 1,     // poppler cannot open the bytes as a PDF
    CPDF_ENCRYPTED = 2,   // the PDF needs a password
    CPDF_FAILED = 3,      // anything else poppler or C++ reported
} cpdf_status;

/// One line of text as it stands on the page, in points from the page's top left corner.
typedef struct {
    const char *utf8;
    size_t length;
    double left, right, top, bottom;
} cpdf_line;

typedef void (*cpdf_line_handler)(void *context, const cpdf_line *line);

/// Opens a PDF held in memory; the bytes must outlive the document.
cpdf_status cpdf_open(const char *bytes, size_t length, cpdf_document **document);
int cpdf_page_count(const cpdf_document *document);
/// Calls `handler` for each line of page `index` (0-based), top to bottom, and gives the page's size.
cpdf_status cpdf_page_lines(const cpdf_document *document, int index, double *width, double *height,
                            void *context, cpdf_line_handler handler);
void cpdf_close(cpdf_document *document);

#ifdef __cplusplus
}
#endif

#endif

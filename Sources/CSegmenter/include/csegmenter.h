#ifndef CSEGMENTER_H
#define CSEGMENTER_H

// ICU word break for Swift, through a header that names no ICU type:
// Foundation on Linux bundles its own ICU, and a Swift-visible module that
// included the system <unicode/*.h> would clash with it.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The kind of a segment, from ICU's word-break rule status.
typedef enum {
    CSG_KIND_NONE = 0,        // spaces, punctuation, symbols
    CSG_KIND_NUMBER = 1,      // digits, possibly with letters ("2020", "3.5", "A4")
    CSG_KIND_LETTER = 2,      // letters of alphabetic scripts ("covid", "ＡＢＣ")
    CSG_KIND_KANA = 3,        // Japanese kana
    CSG_KIND_IDEOGRAPHIC = 4, // Chinese words, as found by ICU's dictionary
} csg_kind;

/// One segment: bytes [start, end) of the UTF-8 input.
typedef struct {
    int32_t start;
    int32_t end;
    int32_t kind; // a csg_kind
} csg_segment;

/// Splits UTF-8 text at ICU word boundaries (locale "zh").
///
/// Writes at most `capacity` segments, in order, covering the whole input;
/// a capacity of `length` always suffices, since every segment holds a byte.
/// Returns the number of segments written, or -1 when ICU fails, the input
/// is longer than INT32_MAX bytes, or the capacity is too small.
/// Safe to call from several threads at once: each thread keeps its own
/// break iterator, opened on first use.
int64_t csg_segment_words(const uint8_t *utf8, int64_t length,
                          csg_segment *segments, int64_t capacity);

/// The ICU version, such as "72.1". Segmentation follows ICU's dictionary,
/// so a different ICU can split words differently.
const char *csg_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif

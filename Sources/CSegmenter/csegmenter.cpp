#include "csegmenter.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

#include <climits>

namespace {

// Opening a break iterator loads rules and dictionaries, so each thread
// opens one on first use and keeps it until the thread ends.
class ThreadBreakIterator {
public:
    ~ThreadBreakIterator() {
        if (iterator_ != nullptr) ubrk_close(iterator_);
    }

    UBreakIterator *get() {
        if (iterator_ == nullptr && !failed_) {
            UErrorCode status = U_ZERO_ERROR;
            iterator_ = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status);
            if (U_FAILURE(status)) {
                if (iterator_ != nullptr) ubrk_close(iterator_);
                iterator_ = nullptr;
                failed_ = true;
            }
        }
        return iterator_;
    }

private:
    UBreakIterator *iterator_ = nullptr;
    bool failed_ = false;
};

thread_local ThreadBreakIterator threadIterator;

int32_t kindOfRuleStatus(int32_t status) {
    if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) return CSG_KIND_IDEOGRAPHIC;
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) return CSG_KIND_KANA;
    if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) return CSG_KIND_LETTER;
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return CSG_KIND_NUMBER;
    return CSG_KIND_NONE;
}

int64_t segmentWords(const uint8_t *utf8, int64_t length, csg_segment *segments, int64_t capacity) {
    if (length < 0 || length > INT32_MAX || (length > 0 && (utf8 == nullptr || segments == nullptr))) return -1;
    if (length == 0) return 0;

    UBreakIterator *iterator = threadIterator.get();
    if (iterator == nullptr) return -1;

    // The iterator keeps a shallow clone of this UText after we return; it is
    // never read again before the next call replaces it.
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, reinterpret_cast<const char *>(utf8), length, &status);
    ubrk_setUText(iterator, &text, &status);
    if (U_FAILURE(status)) {
        utext_close(&text);
        return -1;
    }

    int64_t count = 0;
    int32_t start = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; start = end, end = ubrk_next(iterator)) {
        if (count == capacity) {
            count = -1;
            break;
        }
        segments[count++] = csg_segment{start, end, kindOfRuleStatus(ubrk_getRuleStatus(iterator))};
    }
    utext_close(&text);
    return count;
}

} // namespace

extern "C" int64_t csg_segment_words(const uint8_t *utf8, int64_t length,
                                     csg_segment *segments, int64_t capacity) {
    try {
        return segmentWords(utf8, length, segments, capacity);
    } catch (...) {
        return -1;
    }
}

extern "C" const char *csg_icu_version(void) {
    return U_ICU_VERSION;
}

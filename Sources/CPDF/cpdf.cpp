#include "cpdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

struct cpdf_document {
    std::unique_ptr<poppler::document> doc;
};

namespace {

void quiet(const std::string &, void *) {}

struct Line {
    std::string text;
    double left, right, top, bottom;
};

// Words in content order joined into lines: a word whose vertical middle lies outside the current line's
// band, or that starts well to the left of where the line ended, opens a new line.
std::vector<Line> lines_of(const std::vector<poppler::text_box> &boxes) {
    std::vector<Line> lines;
    bool space_pending = false;
    for (const auto &box : boxes) {
        poppler::rectf r = box.bbox();
        poppler::byte_array bytes = box.text().to_utf8();
        std::string word(bytes.begin(), bytes.end());
        double middle = r.y() + r.height() / 2;
        bool same_line = !lines.empty() && middle > lines.back().top && middle < lines.back().bottom
            && r.x() > lines.back().right - 2 * r.height();
        if (!same_line) {
            lines.push_back(Line{word, r.x(), r.x() + r.width(), r.y(), r.y() + r.height()});
        } else {
            Line &line = lines.back();
            if (space_pending) line.text += ' ';
            line.text += word;
            line.left = std::min(line.left, r.x());
            line.right = std::max(line.right, r.x() + r.width());
            line.top = std::min(line.top, r.y());
            line.bottom = std::max(line.bottom, r.y() + r.height());
        }
        space_pending = box.has_space_after();
    }
    return lines;
}

} // namespace

extern "C" cpdf_status cpdf_open(const char *bytes, size_t length, cpdf_document **document) {
    *document = nullptr;
    if (length > INT_MAX) return CPDF_NOT_PDF;
    try {
        poppler::set_debug_error_function(quiet, nullptr);
        std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes, (int)length));
        if (!doc) return CPDF_NOT_PDF;
        if (doc->is_locked()) return CPDF_ENCRYPTED;
        *document = new cpdf_document{std::move(doc)};
        return CPDF_OK;
    } catch (...) {
        return CPDF_FAILED;
    }
}

extern "C" int cpdf_page_count(const cpdf_document *document) {
    try {
        return document->doc->pages();
    } catch (...) {
        return 0;
    }
}

extern "C" cpdf_status cpdf_page_lines(const cpdf_document *document, int index, double *width, double *height,
                                       void *context, cpdf_line_handler handler) {
    try {
        std::unique_ptr<poppler::page> page(document->doc->create_page(index));
        if (!page) return CPDF_FAILED;
        poppler::rectf box = page->page_rect();
        *width = box.width();
        *height = box.height();
        std::vector<Line> lines = lines_of(page->text_list());
        std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
            double ta = std::round(a.top), tb = std::round(b.top);
            return ta != tb ? ta < tb : a.left < b.left;
        });
        for (const Line &line : lines) {
            cpdf_line out{line.text.data(), line.text.size(), line.left, line.right, line.top, line.bottom};
            handler(context, &out);
        }
        return CPDF_OK;
    } catch (...) {
        return CPDF_FAILED;
    }
}

extern "C" void cpdf_close(cpdf_document *document) {
    try {
        delete document;
    } catch (...) {
    }
}

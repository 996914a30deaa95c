#include "core/text.h"

#include <cctype>
#include <filesystem>

namespace dyve {

std::string lowerCase(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string lowerExtension(const std::string& path) {
    return lowerCase(std::filesystem::path(path).extension().string());
}

namespace {

// The length of the valid UTF-8 sequence at text[i] and its code point; 0 when the bytes there are not
// one (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short).
size_t utf8Sequence(const std::string& text, size_t i, char32_t& codePoint) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    size_t length;
    char32_t minimum;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2, minimum = 0x80, codePoint = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3, minimum = 0x800, codePoint = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4, minimum = 0x10000, codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3f);
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return 0;
    return length;
}

// Characters that change how a terminal or a text view shows what follows them.
bool isControl(char32_t c, LineBreaks lineBreaks) {
    if (lineBreaks == LineBreaks::Keep && (c == '\n' || c == '\t')) return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

void appendEscaped(std::string& out, const std::string& text, size_t begin, size_t length) {
    static const char digits[] = "0123456789abcdef";
    for (size_t k = begin; k < begin + length; ++k) {
        const auto b = static_cast<unsigned char>(text[k]);
        out += "\\x";
        out += digits[b >> 4];
        out += digits[b & 0x0f];
    }
}

} // namespace

std::string printable(const std::string& text, size_t maxChars, LineBreaks lineBreaks) {
    std::string out;
    size_t chars = 0;
    for (size_t i = 0; i < text.size();) {
        char32_t codePoint = 0;
        size_t length = utf8Sequence(text, i, codePoint);
        const bool escaped = length == 0 || isControl(codePoint, lineBreaks);
        if (length == 0) length = 1; // one stray byte at a time
        const size_t width = escaped ? 4 * length : 1;
        if (chars + width > maxChars) {
            out += "…";
            break;
        }
        if (escaped)
            appendEscaped(out, text, i, length);
        else
            out.append(text, i, length);
        chars += width;
        i += length;
    }
    return out;
}

} // namespace dyve

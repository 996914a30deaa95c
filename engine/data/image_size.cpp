#include "data/image_size.h"

#include "core/errors.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

namespace dyve {

namespace {

// Random access to the first bytes of a file; a read past the end gives false, never garbage.
class HeaderBytes {
public:
    explicit HeaderBytes(std::ifstream& in) : m_in(in) {}

    bool read(uint64_t offset, size_t count, uint8_t* out) {
        m_in.clear();
        m_in.seekg(static_cast<std::streamoff>(offset));
        m_in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(count));
        return m_in.gcount() == static_cast<std::streamsize>(count);
    }
    std::optional<uint64_t> big(uint64_t offset, size_t bytes) { return number(offset, bytes, false); }
    std::optional<uint64_t> little(uint64_t offset, size_t bytes) { return number(offset, bytes, true); }
    std::optional<uint64_t> number(uint64_t offset, size_t bytes, bool littleEndian) {
        uint8_t b[8];
        if (bytes > 8 || !read(offset, bytes, b)) return std::nullopt;
        uint64_t v = 0;
        for (size_t i = 0; i < bytes; ++i)
            v |= uint64_t(b[i]) << (8 * (littleEndian ? i : bytes - 1 - i));
        return v;
    }
    // Up to `count` bytes from the start, for the text headers of PNM, PAM, PFM and Radiance HDR.
    std::string text(size_t count) {
        std::string t(count, '\0');
        m_in.clear();
        m_in.seekg(0);
        m_in.read(t.data(), static_cast<std::streamsize>(count));
        t.resize(static_cast<size_t>(std::max<std::streamsize>(m_in.gcount(), 0)));
        return t;
    }

private:
    std::ifstream& m_in;
};

using Size = std::optional<ImageSize>;

Size sized(std::optional<uint64_t> width, std::optional<uint64_t> height, const char* format) {
    if (!width || !height) return std::nullopt;
    return ImageSize{int64_t(*width), int64_t(*height), format};
}

Size png(HeaderBytes& f) {
    uint8_t type[4];
    if (!f.read(12, 4, type) || std::memcmp(type, "IHDR", 4) != 0) return std::nullopt;
    return sized(f.big(16, 4), f.big(20, 4), "PNG");
}

// The frame header (SOFn) gives the size; it follows the tables and application segments (Exif, ICC
// profiles), which are skipped by their lengths.
Size jpeg(HeaderBytes& f) {
    uint64_t at = 2;
    for (int segments = 0; segments < 10000; ++segments) {
        uint8_t b = 0;
        if (!f.read(at, 1, &b) || b != 0xff) return std::nullopt;
        while (b == 0xff) // fill bytes
            if (!f.read(++at, 1, &b)) return std::nullopt;
        const uint8_t marker = b;
        ++at;
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
        if (marker == 0xd9 || marker == 0xda) return std::nullopt; // image end or scan before any frame
        const std::optional<uint64_t> length = f.big(at, 2);
        if (!length || *length < 2) return std::nullopt;
        const bool frame =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (frame) return sized(f.big(at + 5, 2), f.big(at + 3, 2), "JPEG");
        at += *length;
    }
    return std::nullopt;
}

Size bmp(HeaderBytes& f) {
    const std::optional<uint64_t> header = f.little(14, 4);
    if (!header) return std::nullopt;
    if (*header == 12) return sized(f.little(18, 2), f.little(20, 2), "BMP"); // OS/2 BITMAPCOREHEADER
    const std::optional<uint64_t> width = f.little(18, 4), height = f.little(22, 4);
    if (!width || !height) return std::nullopt;
    // Signed: a negative height is a top-down bitmap.
    const auto w = int64_t(int32_t(uint32_t(*width))), h = int64_t(int32_t(uint32_t(*height)));
    return ImageSize{std::abs(w), std::abs(h), "BMP"};
}

// The text header's next token, skipping white space and '#' comments (netpbm's rules).
std::string netpbmToken(const std::string& text, size_t& at) {
    while (at < text.size()) {
        if (text[at] == '#') {
            while (at < text.size() && text[at] != '\n' && text[at] != '\r')
                ++at;
        } else if (std::isspace(static_cast<unsigned char>(text[at]))) {
            ++at;
        } else {
            break;
        }
    }
    const size_t begin = at;
    while (at < text.size() && !std::isspace(static_cast<unsigned char>(text[at])) && text[at] != '#')
        ++at;
    return text.substr(begin, at - begin);
}

std::optional<uint64_t> decimal(const std::string& token) {
    if (token.empty() || token.size() > 12 || !std::all_of(token.begin(), token.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
        }))
        return std::nullopt;
    return std::stoull(token);
}

// P1–P6 (PBM, PGM, PPM) and PF/Pf (PFM): magic, width, height.
Size netpbm(HeaderBytes& f, const char* format) {
    const std::string text = f.text(4096);
    size_t at = 2;
    const std::optional<uint64_t> width = decimal(netpbmToken(text, at));
    const std::optional<uint64_t> height = decimal(netpbmToken(text, at));
    return sized(width, height, format);
}

// P7: "WIDTH n" and "HEIGHT n" lines up to ENDHDR.
Size pam(HeaderBytes& f) {
    std::istringstream lines(f.text(4096));
    std::string line;
    std::getline(lines, line);
    std::optional<uint64_t> width, height;
    while (std::getline(lines, line) && line.rfind("ENDHDR", 0) != 0) {
        std::istringstream words(line);
        std::string key, value;
        words >> key >> value;
        if (key == "WIDTH") width = decimal(value);
        if (key == "HEIGHT") height = decimal(value);
    }
    return sized(width, height, "PAM");
}

// Classic TIFF (32-bit offsets) and BigTIFF (64-bit): ImageWidth (256) and ImageLength (257) of the first
// image file directory.
Size tiff(HeaderBytes& f, bool littleEndian, bool big) {
    const size_t offsetBytes = big ? 8 : 4, countBytes = big ? 8 : 2, entryBytes = big ? 20 : 12;
    const std::optional<uint64_t> directory = f.number(big ? 8 : 4, offsetBytes, littleEndian);
    if (!directory) return std::nullopt;
    const std::optional<uint64_t> entries = f.number(*directory, countBytes, littleEndian);
    if (!entries) return std::nullopt;
    std::optional<uint64_t> width, height;
    for (uint64_t i = 0; i < std::min<uint64_t>(*entries, 4096); ++i) {
        const uint64_t entry = *directory + countBytes + i * entryBytes;
        const std::optional<uint64_t> tag = f.number(entry, 2, littleEndian);
        const std::optional<uint64_t> type = f.number(entry + 2, 2, littleEndian);
        if (!tag || !type) return std::nullopt;
        if (*tag != 256 && *tag != 257) continue;
        const uint64_t value = entry + 4 + offsetBytes; // after the tag, the type and the count
        const size_t bytes = *type == 3 ? 2 : *type == 4 ? 4 : *type == 16 ? 8 : 0; // SHORT, LONG, LONG8
        if (!bytes) return std::nullopt;
        (*tag == 256 ? width : height) = f.number(value, bytes, littleEndian);
    }
    return sized(width, height, "TIFF");
}

Size webp(HeaderBytes& f) {
    uint8_t chunk[4];
    if (!f.read(12, 4, chunk)) return std::nullopt;
    if (std::memcmp(chunk, "VP8 ", 4) == 0) { // lossy: a key frame's start code, then 14-bit sizes
        uint8_t start[3];
        if (!f.read(23, 3, start) || start[0] != 0x9d || start[1] != 0x01 || start[2] != 0x2a)
            return std::nullopt;
        const std::optional<uint64_t> width = f.little(26, 2), height = f.little(28, 2);
        if (!width || !height) return std::nullopt;
        return ImageSize{int64_t(*width & 0x3fff), int64_t(*height & 0x3fff), "WebP"};
    }
    if (std::memcmp(chunk, "VP8L", 4) == 0) { // lossless: a signature byte, then 14 bits each, minus one
        const std::optional<uint64_t> bits = f.little(21, 4);
        if (!bits) return std::nullopt;
        return ImageSize{int64_t((*bits & 0x3fff) + 1), int64_t(((*bits >> 14) & 0x3fff) + 1), "WebP"};
    }
    if (std::memcmp(chunk, "VP8X", 4) == 0) { // extended: the canvas, 24 bits each, minus one
        const std::optional<uint64_t> width = f.little(24, 3), height = f.little(27, 3);
        if (!width || !height) return std::nullopt;
        return ImageSize{int64_t(*width + 1), int64_t(*height + 1), "WebP"};
    }
    return std::nullopt;
}

// A raw codestream: SOC, then the SIZ marker segment (length, capabilities, then the reference grid and
// the image's offset on it).
Size j2kCodestream(HeaderBytes& f) {
    const std::optional<uint64_t> x = f.big(8, 4), y = f.big(12, 4);
    const std::optional<uint64_t> x0 = f.big(16, 4), y0 = f.big(20, 4);
    if (!x || !y || !x0 || !y0 || *x0 > *x || *y0 > *y) return std::nullopt;
    return ImageSize{int64_t(*x - *x0), int64_t(*y - *y0), "JPEG 2000"};
}

// A JP2 file: boxes; the header superbox 'jp2h' holds 'ihdr' (height, then width).
Size jp2(HeaderBytes& f) {
    uint64_t at = 0;
    for (int boxes = 0; boxes < 1000; ++boxes) {
        const std::optional<uint64_t> length = f.big(at, 4);
        uint8_t type[4];
        if (!length || !f.read(at + 4, 4, type)) return std::nullopt;
        if (std::memcmp(type, "jp2h", 4) == 0) {
            at += 8; // into the superbox
            continue;
        }
        if (std::memcmp(type, "ihdr", 4) == 0) return sized(f.big(at + 12, 4), f.big(at + 8, 4), "JPEG 2000");
        if (*length < 8) return std::nullopt; // 0 (to the end) and 1 (64-bit) only for the codestream box
        at += *length;
    }
    return std::nullopt;
}

// Header lines up to a blank one, then the resolution: "-Y 480 +X 640" (or the axes the other way).
Size radiance(HeaderBytes& f) {
    const std::string text = f.text(65536);
    const size_t blank = text.find("\n\n");
    if (blank == std::string::npos) return std::nullopt;
    std::istringstream resolution(text.substr(blank + 2));
    std::string axis1, value1, axis2, value2;
    resolution >> axis1 >> value1 >> axis2 >> value2;
    if (axis1.size() != 2 || axis2.size() != 2) return std::nullopt;
    const bool yFirst = axis1[1] == 'Y';
    return yFirst ? sized(decimal(value2), decimal(value1), "Radiance HDR")
                  : sized(decimal(value1), decimal(value2), "Radiance HDR");
}

// Attributes (name, type, size, value) up to an empty name; "dataWindow" is a box2i.
Size openExr(HeaderBytes& f) {
    const std::string text = f.text(65536);
    size_t at = 8;
    while (at < text.size() && text[at] != '\0') {
        const size_t nameEnd = text.find('\0', at);
        if (nameEnd == std::string::npos) return std::nullopt;
        const size_t typeEnd = text.find('\0', nameEnd + 1);
        if (typeEnd == std::string::npos || typeEnd + 5 > text.size()) return std::nullopt;
        uint32_t size = 0;
        std::memcpy(&size, text.data() + typeEnd + 1, 4); // little-endian, as every supported CPU
        const size_t value = typeEnd + 5;
        if (text.compare(at, nameEnd - at, "dataWindow") == 0 && size == 16 && value + 16 <= text.size()) {
            int32_t box[4];
            std::memcpy(box, text.data() + value, 16);
            if (box[2] < box[0] || box[3] < box[1]) return std::nullopt;
            return ImageSize{int64_t(box[2]) - box[0] + 1, int64_t(box[3]) - box[1] + 1, "OpenEXR"};
        }
        at = value + size;
    }
    return std::nullopt;
}

} // namespace

std::optional<ImageSize> readImageSize(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path, std::string("cannot read image (") + std::strerror(errno) + ")");
    HeaderBytes f(in);
    uint8_t m[12] = {};
    if (!f.read(0, 2, m)) return std::nullopt;
    f.read(0, sizeof m, m); // shorter files keep zeros in the rest
    auto starts = [&](const char* magic, size_t n) { return std::memcmp(m, magic, n) == 0; };

    if (starts("\x89PNG\r\n\x1a\n", 8)) return png(f);
    if (starts("\xff\xd8", 2)) return jpeg(f);
    if (starts("BM", 2)) return bmp(f);
    if (m[0] == 'P' && m[1] >= '1' && m[1] <= '6') return netpbm(f, "PNM");
    if (starts("P7", 2)) return pam(f);
    if (starts("PF", 2) || starts("Pf", 2)) return netpbm(f, "PFM");
    if (starts("II*\0", 4)) return tiff(f, true, false);
    if (starts("MM\0*", 4)) return tiff(f, false, false);
    if (starts("II+\0", 4)) return tiff(f, true, true);
    if (starts("MM\0+", 4)) return tiff(f, false, true);
    if (starts("RIFF", 4) && std::memcmp(m + 8, "WEBP", 4) == 0) return webp(f);
    if (starts("\0\0\0\x0cjP  \r\n\x87\n", 12)) return jp2(f);
    if (starts("\xff\x4f\xff\x51", 4)) return j2kCodestream(f);
    if (starts("\x59\xa6\x6a\x95", 4)) return sized(f.big(4, 4), f.big(8, 4), "Sun raster");
    if (starts("#?", 2)) return radiance(f);
    if (starts("\x76\x2f\x31\x01", 4)) return openExr(f);
    return std::nullopt;
}

void checkImageSize(const std::string& path, const ImageSize& size) {
    const std::string dimensions = std::to_string(size.width) + "×" + std::to_string(size.height);
    if (size.width < 1 || size.height < 1)
        throw DataError(path, "cannot read image (its " + size.format + " header gives a size of " +
                                  dimensions + ")");
    if (size.width > kMaxImageSide || size.height > kMaxImageSide)
        throw DataError(path, "image is " + dimensions + ", above the limit of " +
                                  std::to_string(kMaxImageSide) + " pixels a side");
    if (size.width * size.height > kMaxImagePixels) {
        std::ostringstream megapixels;
        megapixels.precision(1);
        megapixels << std::fixed << double(size.width) * double(size.height) / 1e6;
        throw DataError(path, "image is " + dimensions + " (" + megapixels.str() +
                                  " megapixels), above the limit of " +
                                  std::to_string(kMaxImagePixels / 1'000'000) + " megapixels");
    }
}

} // namespace dyve

#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace dyve {

// The largest image dyve decodes (SPEC §8): 100 megapixels and 32,768 pixels a side. A CNN input is a few
// hundred pixels a side, so nothing real comes close, while one 20000×20000 PNG would take 1.3 GB and half
// a minute to decode only to be shrunk to 32×32. At the limit a colour image takes 300 MB as 8-bit BGR.
constexpr int64_t kMaxImagePixels = 100'000'000;
constexpr int64_t kMaxImageSide = 32'768;

// An image's dimensions as its file header gives them, before any decoding.
struct ImageSize {
    int64_t width = 0;
    int64_t height = 0;
    std::string format; // "PNG", "JPEG", "BMP", "PNM", "PAM", "PFM", "TIFF", "WebP", "JPEG 2000", ...
};

// Reads the dimensions from the header of an image in any format OpenCV's imread decodes (PNG, JPEG, BMP,
// PBM/PGM/PPM, PAM, PFM, TIFF, WebP, JPEG 2000, Sun raster, Radiance HDR, OpenEXR): a few hundred bytes,
// however large the image. std::nullopt when the file is none of these formats or its header is cut short
// or damaged (a decoder would fail on it too); throws DataError naming the file when it cannot be opened.
std::optional<ImageSize> readImageSize(const std::string& path);

// Throws DataError naming `path` when `size` is above kMaxImagePixels or kMaxImageSide, or is empty.
void checkImageSize(const std::string& path, const ImageSize& size);

} // namespace dyve

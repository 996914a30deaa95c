#pragma once

#include <string>

namespace dyve {

// ASCII lower case: file extensions, hex digests and format names compare case-blind.
std::string lowerCase(std::string text);
// The path's extension with its dot, lower case: "photo.JPG" → ".jpg"; "" when it has none.
std::string lowerExtension(const std::string& path);

} // namespace dyve

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

} // namespace dyve

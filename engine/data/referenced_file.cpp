#include "data/referenced_file.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace dyve {

std::string resolveInsideFolder(const std::string& folder, const std::string& written) {
    if (written.empty()) return "";
    const fs::path base = folder.empty() ? fs::path(".") : fs::path(folder);
    const fs::path file = (base / written).lexically_normal(); // an absolute `written` replaces `base`
    std::error_code ec;
    const fs::path realBase = fs::weakly_canonical(fs::absolute(base, ec), ec);
    if (ec) return "";
    const fs::path realFile = fs::weakly_canonical(fs::absolute(file, ec), ec);
    if (ec) return "";
    const fs::path inside = realFile.lexically_relative(realBase);
    if (inside.empty() || inside == "." || *inside.begin() == "..") return "";
    return file.string();
}

} // namespace dyve

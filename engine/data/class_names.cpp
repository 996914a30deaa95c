#include "data/class_names.h"

#include "core/errors.h"
#include "core/text.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace dyve {

namespace {

std::string trimmed(const std::string& s) {
    size_t begin = 0, end = s.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(s[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1])))
        --end;
    return s.substr(begin, end - begin);
}

// "n01440764 tench, Tinca tinca" → "tench, Tinca tinca": WordNet noun ids are 'n' and eight digits.
std::string withoutWordNetId(const std::string& name) {
    if (name.size() < 10 || name[0] != 'n') return name;
    for (size_t i = 1; i < 9; ++i)
        if (!std::isdigit(static_cast<unsigned char>(name[i]))) return name;
    if (!std::isspace(static_cast<unsigned char>(name[9]))) return name;
    return trimmed(name.substr(10));
}

} // namespace

std::vector<std::string> readClassNames(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw DataError(path, std::string("cannot read class names (") + std::strerror(errno) + ")");
    std::vector<std::string> names;
    size_t blankLine = 0; // the first blank line seen since the last name
    size_t lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        std::string name = trimmed(line);
        if (name.empty()) {
            if (!blankLine) blankLine = lineNumber;
            continue;
        }
        if (blankLine && !names.empty())
            throw DataError(path + ":" + std::to_string(blankLine),
                            "blank line between class names (each line is one class index)");
        blankLine = 0;
        // Shown on terminals and in the studio (SPEC §8): nothing a file holds may drive them.
        names.push_back(printable(withoutWordNetId(name), kMaxQuotedChars));
    }
    if (in.bad()) throw DataError(path, "cannot read class names (I/O error)");
    if (names.empty()) throw DataError(path, "no class names in the file");
    return names;
}

} // namespace dyve

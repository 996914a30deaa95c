#include "data/list_dataset.h"

#include "core/errors.h"
#include "core/text.h"
#include "data/class_names.h"
#include "data/image_file_dataset.h"
#include "data/preprocess.h"

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

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

// Input quoted in a message: recognisable, not a screenful (a list line may be megabytes long).
std::string quoted(const std::string& text) {
    return "'" + printable(text, kMaxQuotedChars) + "'";
}

int parseLabel(const std::string& text, const std::string& where) {
    const char* begin = text.c_str();
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(begin, &end, 10);
    if (end == begin || *end != '\0' ||
        !(std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-' || text[0] == '+'))
        throw DataError(where, "label " + quoted(text) + " is not an integer");
    if (value < 0) throw DataError(where, "label " + quoted(text) + " is negative");
    if (errno == ERANGE || value > INT_MAX) throw DataError(where, "label " + quoted(text) + " is too large");
    return static_cast<int>(value);
}

// Class names beside the list: classes.txt, else ImageNet's synset_words.txt; none is fine.
std::vector<std::string> classNamesBeside(const fs::path& folder, std::string& namesFile) {
    std::error_code ec;
    for (const char* name : {"classes.txt", "synset_words.txt"}) {
        const fs::path candidate = folder / name;
        if (fs::is_regular_file(candidate, ec)) {
            namesFile = candidate.string();
            return readClassNames(namesFile);
        }
    }
    return {};
}

} // namespace

std::unique_ptr<Dataset> openListDataset(const std::string& listFile, size_t limit) {
    std::ifstream in(listFile);
    if (!in) throw DataError(listFile, std::string("cannot read list file (") + std::strerror(errno) + ")");
    const fs::path folder = fs::path(listFile).parent_path();
    std::string namesFile;
    std::vector<std::string> classNames = classNamesBeside(folder, namesFile);

    std::vector<std::string> files;
    std::vector<int> labels;
    size_t lineNumber = 0;
    std::error_code ec;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        const std::string entry = trimmed(line);
        if (entry.empty() || entry[0] == '#') continue;
        if (limit > 0 && files.size() == limit) break;
        const std::string where = listFile + ":" + std::to_string(lineNumber);
        // The label is the last field, so file names may hold spaces.
        const size_t split = entry.find_last_of(" \t");
        if (split == std::string::npos)
            throw DataError(where, "expected 'path label', found " + quoted(entry));
        const std::string relative = trimmed(entry.substr(0, split));
        const int label = parseLabel(entry.substr(split + 1), where);
        if (!classNames.empty() && size_t(label) >= classNames.size())
            throw DataError(where, "label " + std::to_string(label) + " is out of range: " + namesFile +
                                       " names " + std::to_string(classNames.size()) + " classes");
        // Entries may name images anywhere (SPEC §5.2): a list is its user's own, made by `find` or a
        // script, and what is read from an entry is only decoded as an image, never shown.
        const fs::path file = fs::path(relative).is_absolute() ? fs::path(relative) : folder / relative;
        const fs::file_status status = fs::status(file, ec);
        if (!fs::exists(status)) throw DataError(where, quoted(relative) + " does not exist");
        if (fs::is_directory(status)) throw DataError(where, quoted(relative) + " is a folder, not an image");
        if (!fs::is_regular_file(status))
            throw DataError(where,
                            quoted(relative) + " is not a regular file (a device, a pipe or a socket)");
        files.push_back(file.string());
        labels.push_back(label);
    }
    if (in.bad()) throw DataError(listFile, "cannot read list file (I/O error)");
    if (files.empty()) throw DataError(listFile, "the list holds no images");
    return std::make_unique<ImageFileDataset>(listFile, std::move(files), std::move(labels),
                                              std::move(classNames));
}

} // namespace dyve

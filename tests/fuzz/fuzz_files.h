#pragma once

// What every fuzz target shares: the engine's loaders take file paths, so a target writes libFuzzer's
// input to a file in a folder of its own (/tmp/dyve-fuzz-<pid>, made once, reused by every input,
// removed at exit) and hands the loader that path. A loader may throw dyve::Error (SPEC §8: the file and
// the reason); any other exception, a crash, a leak or a timeout is a finding.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyve::fuzz {

inline const std::filesystem::path& scratchDir() {
    // Never destroyed, so that the removal at exit can still read it.
    static const std::filesystem::path* dir = [] {
        auto* d = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                            ("dyve-fuzz-" + std::to_string(getpid())));
        std::filesystem::create_directories(*d);
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(scratchDir(), ec);
        });
        return d;
    }();
    return *dir;
}

// Writes `bytes` to `name` in the scratch folder (making its folders) and returns the path.
inline std::string writeScratch(const std::string& name, const std::string& bytes) {
    const std::filesystem::path path = scratchDir() / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(bytes.data(), std::streamsize(bytes.size()));
    return path.string();
}

inline std::string writeScratch(const std::string& name, const uint8_t* data, size_t size) {
    return writeScratch(name, std::string(reinterpret_cast<const char*>(data), size));
}

inline void removeScratch(const std::string& name) {
    std::error_code ec;
    std::filesystem::remove(scratchDir() / name, ec);
}

// A target whose loader reads several files (IDX images and labels, a list and its classes.txt) takes
// them from one input, separated by this line; a file missing from the input gets the target's default.
// Seeds stay readable: tests/fuzz/corpus/list_dataset/ holds "a.pgm 0\n--next-file--\ncat\n".
constexpr char kNextFile[] = "\n--next-file--\n";

inline std::vector<std::string> splitFiles(const uint8_t* data, size_t size) {
    const std::string all(reinterpret_cast<const char*>(data), size);
    const std::string separator(kNextFile);
    std::vector<std::string> files;
    size_t begin = 0;
    for (size_t at; (at = all.find(separator, begin)) != std::string::npos; begin = at + separator.size())
        files.push_back(all.substr(begin, at - begin));
    files.push_back(all.substr(begin));
    return files;
}

} // namespace dyve::fuzz

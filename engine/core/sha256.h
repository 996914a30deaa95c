#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace dyve {

// SHA-256 (FIPS 180-4), our own so the engine needs no crypto library. Model cards are found by the
// SHA-256 of the model file (SPEC §5.2), and effort profiles name the model they were tuned for.
class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    // Lower-case hex of the digest; the hasher must not be updated afterwards.
    std::string finishHex();

private:
    void compress(const uint8_t* block);

    uint32_t m_state[8];
    uint8_t m_block[64];
    size_t m_blockFill = 0;
    uint64_t m_totalBytes = 0;
};

std::string sha256Hex(const void* data, size_t size);
std::string sha256Hex(const std::string& bytes);

// 64 hex digits, either case: what a SHA-256 written out looks like.
bool isSha256Hex(const std::string& text);

// The file's SHA-256, read in chunks; throws DataError "<file>: cannot read (...)" when it cannot be read.
std::string sha256OfFile(const std::string& path);

} // namespace dyve

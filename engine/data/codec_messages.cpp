#include "data/codec_messages.h"

#include <cstdio>
#include <mutex>
#include <sstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace dyve {

namespace {

std::mutex& captureMutex() {
    static std::mutex mutex;
    return mutex;
}

// One in-memory file for every capture, emptied after each (captures hold captureMutex()).
int captureFile() {
    static const int fd = ::memfd_create("dyve-codec-messages", MFD_CLOEXEC);
    return fd;
}

bool startsWith(const std::string& text, const char* prefix) {
    return text.rfind(prefix, 0) == 0;
}

// Lines libpng, libjpeg (its messages have no prefix: these are its warnings, jerror.h) and OpenCV's
// imgcodecs log write.
bool isCodecMessage(const std::string& line) {
    static const char* const prefixes[] = {"libpng warning:",
                                           "libpng error:",
                                           "Corrupt JPEG data",
                                           "Premature end of JPEG file",
                                           "Warning: unknown JFIF revision",
                                           "Invalid SOS parameters",
                                           "Inconsistent progression sequence",
                                           "Unknown Adobe color transform",
                                           "Application transferred too many scanlines",
                                           "Invalid JPEG file structure"};
    for (const char* prefix : prefixes)
        if (startsWith(line, prefix)) return true;
    return (startsWith(line, "[ WARN:") || startsWith(line, "[ERROR:") || startsWith(line, "[ INFO:")) &&
           line.find("imgcodecs") != std::string::npos;
}

void writeAll(int fd, const std::string& text) {
    for (size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0) return;
        done += size_t(n);
    }
}

} // namespace

CodecMessages::CodecMessages() {
    captureMutex().lock();
    const int file = captureFile();
    std::fflush(stderr);
    m_savedStderr = file < 0 ? -1 : ::fcntl(2, F_DUPFD_CLOEXEC, 3);
    if (m_savedStderr >= 0 && ::dup2(file, 2) < 0) {
        ::close(m_savedStderr);
        m_savedStderr = -1;
    }
}

CodecMessages::~CodecMessages() {
    finish();
}

std::vector<std::string> CodecMessages::finish() {
    std::vector<std::string> messages;
    if (m_finished) return messages;
    m_finished = true;
    if (m_savedStderr >= 0) {
        std::fflush(stderr);
        ::dup2(m_savedStderr, 2);
        ::close(m_savedStderr);
        const int file = captureFile();
        const off_t size = ::lseek(file, 0, SEEK_CUR);
        std::string text(size > 0 ? size_t(size) : 0, '\0');
        if (!text.empty()) {
            const ssize_t n = ::pread(file, text.data(), text.size(), 0);
            text.resize(n > 0 ? size_t(n) : 0);
            // The next capture writes from the start again and reads only as far as it wrote.
            ::lseek(file, 0, SEEK_SET);
        }
        std::istringstream lines(text);
        std::string others;
        for (std::string line; std::getline(lines, line);) {
            if (isCodecMessage(line))
                messages.push_back(line);
            else
                others += line + "\n";
        }
        writeAll(2, others);
    }
    captureMutex().unlock();
    return messages;
}

bool saysImageIsDamaged(const std::string& message) {
    if (startsWith(message, "Premature end of JPEG file")) return true;
    // "Corrupt JPEG data: premature end of data segment", "... bad Huffman code", "... found marker 0xd9
    // instead of RST3": pixels are missing or wrong. Extraneous bytes before a marker and a bad ICC
    // profile leave the pixels whole.
    return startsWith(message, "Corrupt JPEG data") &&
           message.find("extraneous bytes") == std::string::npos &&
           message.find("bad ICC marker") == std::string::npos;
}

} // namespace dyve

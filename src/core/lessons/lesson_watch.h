// Preview while writing (`luyenso --lesson FILE --watch`): notices that a lesson file was
// saved again. The main loop polls it; it reads only the file's modification time and
// size, never the clock.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace luyenso {

class LessonWatch {
public:
    explicit LessonWatch(std::string path);

    const std::string& path() const { return path_; }
    // True once after each change of the file (a new modification time or size, or the
    // file appearing again after it was gone), false otherwise.
    bool changed();

private:
    struct Stamp {
        std::filesystem::file_time_type time{};
        std::uintmax_t size = 0;
        bool operator==(const Stamp&) const = default;
    };
    std::optional<Stamp> read_stamp() const;

    std::string path_;
    std::optional<Stamp> last_;
};

} // namespace luyenso

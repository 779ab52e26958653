#include "lessons/lesson_watch.h"

#include "text/u8path.h"

namespace luyenso {

LessonWatch::LessonWatch(std::string path) : path_(std::move(path)), last_(read_stamp())
{
}

std::optional<LessonWatch::Stamp> LessonWatch::read_stamp() const
{
    std::error_code ec;
    Stamp s;
    s.time = std::filesystem::last_write_time(u8_path(path_), ec);
    if (ec)
        return std::nullopt;
    s.size = std::filesystem::file_size(u8_path(path_), ec);
    if (ec)
        return std::nullopt;
    return s;
}

bool LessonWatch::changed()
{
    const std::optional<Stamp> now = read_stamp();
    // A file being replaced (an editor saving by rename) is briefly missing: not a change
    // to show; its reappearance is.
    if (!now || now == last_)
        return false;
    last_ = now;
    return true;
}

} // namespace luyenso

// File names are UTF-8 std::strings everywhere in Luyện Số. std::filesystem::path's
// std::string constructor and string() use the ANSI code page on Windows, which cannot
// hold "Nguyễn" or "Bài học": every conversion between the two goes through these (on
// Linux they are plain copies). Open files with a path from u8_path(), never with a
// std::string (a narrow fopen/ifstream on Windows).
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>

namespace luyenso {

inline std::filesystem::path u8_path(std::string_view utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

inline std::string path_u8(const std::filesystem::path& path)
{
    const std::u8string s = path.u8string();
    return std::string(s.begin(), s.end());
}

// `dir` + `name` as text. On Windows the separator follows the one `dir` already uses
// (C:\Bài học + data is C:\Bài học\data; D:/x + data is D:/x/data), also between the
// folders inside `name` (a lesson's "audio/buoc-1.wav" in C:\Bài học is
// C:\Bài học\audio\buoc-1.wav), so that a path reads as the person typed it; elsewhere
// it is '/'.
inline std::string u8_join(const std::string& dir, const std::string& name)
{
    if (dir.empty())
        return name;
#ifdef _WIN32
    const char sep = dir.find('/') != std::string::npos ? '/' : '\\';
    std::string tail = name;
    if (sep == '\\')
        std::replace(tail.begin(), tail.end(), '/', '\\');
    if (dir.back() == '/' || dir.back() == '\\')
        return dir + tail;
    return dir + sep + tail;
#else
    return dir.back() == '/' ? dir + name : dir + '/' + name;
#endif
}

// Whether the program may write in `folder` ("" is the current folder): the folder exists
// and is not read-only for this user.
bool folder_writable(const std::filesystem::path& folder);
// Whether the file at `path` may be written.
bool file_writable(const std::filesystem::path& path);

} // namespace luyenso

#include "ui_text.h"

namespace luyenso::ui {

namespace {
constexpr UiText vietnamese{
    "Luyện Số",
    "Tập dùng điện thoại thông minh — an toàn, không mất tiền thật",
    "Chọn một bài để tập",
    "Bắt đầu",
    "Khoảng %d phút · %d bước",
    "Bài học này đang có lỗi nên chưa mở được",
    "và %d lỗi khác (chạy: luyenso check)",
    "Chưa có bài học nào. Hãy nhờ cán bộ hướng dẫn cài bài học.",
    "Bước %d / %d",
    "Gợi ý",
    "Đã hết gợi ý",
    "Làm lại từ đầu",
    "Danh sách bài học",
    "Câu chuyện",
    "Giỏi lắm!",
    "Làm lại",
    "Chọn bài khác",
    "%d bước · %d lần xem gợi ý · %d lần bấm nhầm",
    "Bác cứ bình tĩnh, không có gì phải vội.",
};

constexpr UiText english{
    "Luyện Số",
    "Practise using a smartphone — safely, with no real money",
    "Choose a lesson",
    "Start",
    "About %d minutes · %d steps",
    "This lesson has errors and cannot be opened yet",
    "and %d more (run: luyenso check)",
    "No lessons yet. Ask your trainer to install some.",
    "Step %d of %d",
    "Hint",
    "No more hints",
    "Start again",
    "Lesson list",
    "The story",
    "Well done!",
    "Again",
    "Another lesson",
    "%d steps · %d hints · %d wrong taps",
    "Take your time; there is no hurry.",
};
} // namespace

const UiText& ui_text(const std::string& lang)
{
    return lang == "en" ? english : vietnamese;
}

const char* mode_label(Mode mode, const std::string& lang)
{
    const bool en = lang == "en";
    switch (mode) {
    case Mode::Watch: return en ? "Watch" : "Xem làm mẫu";
    case Mode::Guided: return en ? "Guided" : "Có hướng dẫn";
    case Mode::Practice: return en ? "Practice" : "Tự luyện";
    case Mode::Test: return en ? "Test" : "Kiểm tra";
    }
    return "";
}

} // namespace luyenso::ui

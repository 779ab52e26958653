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
    "Bác muốn học theo cách nào?",
    "Xem bàn tay làm mẫu từng bước, có lời đọc.",
    "Bác tự bấm, có chỉ dẫn và gợi ý từng bước.",
    "Chỉ có mục tiêu. Cần thì bấm xin gợi ý.",
    "Tự làm, không có gợi ý, có chấm điểm.",
    "Nên chọn",
    "Tạm dừng",
    "Xem tiếp",
    "Bước tiếp",
    "Xem lại bước này",
    "Chỉ chỗ bấm",
    "Làm mẫu cho tôi xem",
    "Dừng kiểm tra",
    "Mục tiêu",
    "%d điểm",
    "Đạt! Bác đã tự làm được.",
    "Lần này chưa đạt",
    "Không sao cả. Bác tập thêm với hướng dẫn rồi thử lại nhé.",
    "Tập có hướng dẫn",
    "Thử lại",
    "Bác đã xem hết bài làm mẫu. Giờ bác thử tự làm nhé!",
    "Nghe lại",
    "Đang bật tiếng",
    "Đang tắt tiếng",
    "Máy không có loa",
    "Cỡ chữ",
    "Tương phản cao",
    "Bài học đang viết có lỗi",
    "%d lỗi trong tệp:",
    "Sửa tệp rồi lưu lại: bài học sẽ tự mở lại ở bước đang xem.",
    "Bài học có sẵn",
    "Bài học tự thêm",
    "Gói bài «%s» · phiên bản %s · %s",
    "Gói bài này có lỗi nên chưa mở được",
    "English",
    "Toàn màn hình",
    "Thoát toàn màn hình",
    "Chưa đạt: có việc nguy hiểm",
    "Bác cần nhớ điều này",
    "Trong bài, bác đã làm một việc mà ngoài đời sẽ nguy hiểm:",
    " · %d việc nguy hiểm",
    "Kéo xuống để xem tiếp",
    "Làm lại",
    "Các bài",
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
    "How would you like to learn?",
    "Watch the hand do each step, read aloud.",
    "You tap, with instructions and hints at each step.",
    "Only the goal. Ask for a hint when you need one.",
    "On your own, no hints, with a score.",
    "Recommended",
    "Pause",
    "Continue",
    "Next step",
    "Show this step again",
    "Show me where",
    "Do it for me",
    "Stop the test",
    "Goal",
    "%d points",
    "Passed! You did it on your own.",
    "Not passed this time",
    "That is fine. Practise with guidance, then try again.",
    "Practise with guidance",
    "Try again",
    "You watched the whole lesson. Now try it yourself!",
    "Hear again",
    "Sound on",
    "Sound off",
    "No speaker",
    "Text size",
    "High contrast",
    "The lesson being written has errors",
    "%d errors in the file:",
    "Correct the file and save it: the lesson opens again at the step you were on.",
    "Built-in lessons",
    "Lessons you added",
    "Pack «%s» · version %s · %s",
    "This pack has errors and cannot be opened yet",
    "Tiếng Việt",
    "Full screen",
    "Leave full screen",
    "Not passed: something unsafe happened",
    "Please remember this",
    "In the lesson you did something that would be dangerous in real life:",
    " · %d unsafe choices",
    "Scroll down to read on",
    "Restart",
    "Lessons",
};
constexpr PhoneText phone_texts{
    "Số dư khả dụng",
    "QUÉT MÃ QR",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "CĂN CƯỚC CÔNG DÂN",
    "Số định danh:",
    "Họ và tên:",
    "Ngày sinh: ",
    "Giới tính: ",
    "Quốc tịch: ",
    "BẢO HIỂM Y TẾ",
    "THẺ BẢO HIỂM Y TẾ",
    "Mã số:",
    "Nơi KCB ban đầu: ",
    "Giá trị sử dụng: ",
};
} // namespace

const PhoneText& phone_text()
{
    return phone_texts;
}

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

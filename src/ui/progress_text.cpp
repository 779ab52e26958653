#include "progress_text.h"

namespace luyenso::ui {

namespace {
constexpr ProgressText vietnamese{
    "Ai học hôm nay?",
    "Bấm vào ảnh hoặc tên của mình",
    "Thêm người học",
    "Dành cho cán bộ",
    "Đổi người học",
    "Sửa hồ sơ",
    "Người học mới",
    "Họ và tên",
    "Thôn, bản hoặc nhóm",
    "Ảnh (đường dẫn tệp ảnh, có thể bỏ trống)",
    "Giọng đọc",
    "Cỡ chữ",
    "Lưu",
    "Huỷ",
    "Miền Bắc",
    "Miền Trung",
    "Miền Nam",
    "Học tiếp (từ bước %d)",
    "Học tiếp",
    "Học lại từ đầu",
    "Lần trước bác dừng ở bước %d / %d.",
    "Hoặc học lại từ đầu theo một cách:",
    "Đặt mã PIN cho cán bộ",
    "Lần đầu dùng: chọn 4 đến 8 chữ số, nhớ kỹ và không cho người học biết.",
    "Nhập mã PIN của cán bộ",
    "Mở",
    "Xoá",
    "Quay lại",
    "Bảng theo dõi lớp",
    "Khoá lại",
    "%d người học · %d bài",
    "Người học",
    "★ qua bài kiểm tra   ✓ làm có trợ giúp   … đang học   · chưa học",
    "Lịch sử",
    "Lịch sử học của %s",
    "Chưa có lần học nào.",
    "Học cả lớp",
    "Chọn một bài, cả lớp cùng xem trên màn chiếu và thay nhau bấm.",
    "Chiếu",
    "Lượt của:",
    "Chưa ai nhận lượt: bấm vào tên",
    "Kết thúc buổi học",
    "Chưa có người học nào. Bấm \"Thêm người học\" để bắt đầu.",
    "Không lưu được kết quả học: ",
    "gợi ý",
    "Sửa",
};

constexpr ProgressText english{
    "Who is learning today?",
    "Tap your picture or your name",
    "Add a learner",
    "For trainers",
    "Change learner",
    "Edit profile",
    "New learner",
    "Full name",
    "Village or group",
    "Photo (path to a picture file, may be empty)",
    "Voice",
    "Text size",
    "Save",
    "Cancel",
    "Northern",
    "Central",
    "Southern",
    "Continue (from step %d)",
    "Continue",
    "Start again from the beginning",
    "Last time you stopped at step %d of %d.",
    "Or start again from the beginning, in one of these ways:",
    "Set the trainer's PIN",
    "First use: choose 4 to 8 digits, remember them and keep them from the learners.",
    "Enter the trainer's PIN",
    "Open",
    "Erase",
    "Back",
    "Class dashboard",
    "Lock",
    "%d learners · %d lessons",
    "Learner",
    "★ passed the test   ✓ done with help   … in progress   · not started",
    "History",
    "%s: history",
    "No attempts yet.",
    "Class session",
    "Choose a lesson; the class watches it on the projector and takes turns.",
    "Project",
    "Turn of:",
    "Nobody's turn yet: tap a name",
    "End the session",
    "No learners yet. Tap \"Add a learner\" to begin.",
    "Progress could not be saved: ",
    "hints",
    "Edit",
};
} // namespace

const ProgressText& progress_text(const std::string& lang)
{
    return lang == "en" ? english : vietnamese;
}

const char* status_label(LessonStatus status, const std::string& lang)
{
    return lang == "en" ? status_label_en(status) : status_label_vi(status);
}

const char* outcome_label(Outcome outcome, const std::string& lang)
{
    const bool en = lang == "en";
    switch (outcome) {
    case Outcome::InProgress: return en ? "unfinished" : "chưa xong";
    case Outcome::Completed: return en ? "finished" : "làm xong";
    case Outcome::Stopped: return en ? "stopped" : "dừng giữa chừng";
    case Outcome::Abandoned: return en ? "started again" : "đã học lại";
    }
    return "";
}

} // namespace luyenso::ui

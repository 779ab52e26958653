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
    "Nhập lại mã PIN vừa chọn",
    "Gõ lại đúng các chữ số đó một lần nữa để chắc chắn không gõ nhầm.",
    "Quên mã PIN? Người quản lý máy tính này chạy lệnh: luyenso reset-pin. Tiến độ học không bị mất.",
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
    "chưa có ai (bấm vào một tên để nhận lượt)",
    "Kết thúc buổi học",
    "Chưa có người học nào. Bấm \"Thêm người học\" để bắt đầu.",
    "Không lưu được kết quả học: ",
    "Vẫn học được bình thường, nhưng kết quả của lần này sẽ không được ghi lại.",
    "Tệp: ",
    "gợi ý",
    "Sửa",
    "Bản mang theo · lưu ở ",
    "Lưu ở ",
    "Có việc nguy hiểm",
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
    "Type the new PIN again",
    "Type the same digits once more, to be sure there is no typo.",
    "Forgot the PIN? Whoever looks after this computer runs: luyenso reset-pin. No progress is lost.",
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
    "nobody yet (tap a name to take the turn)",
    "End the session",
    "No learners yet. Tap \"Add a learner\" to begin.",
    "Progress could not be saved: ",
    "Practising still works as usual, but what is learned now is not recorded.",
    "File: ",
    "hints",
    "Edit",
    "Portable copy · saved in ",
    "Saved in ",
    "Something unsafe",
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

const char* store_problem_reason(StoreError error, const std::string& lang)
{
    const bool en = lang == "en";
    switch (error) {
    case StoreError::None: return "";
    case StoreError::Corrupt:
        return en ? "the progress file is damaged. It was left as it is; ask the trainer to look at it."
                  : "tệp kết quả học bị hỏng. Tệp được để nguyên, không bị ghi đè; hãy nhờ người hướng dẫn xem giúp.";
    case StoreError::NewerVersion:
        return en ? "the progress file was written by a newer Luyện Số. Install the newer version on this computer."
                  : "tệp kết quả học do một phiên bản Luyện Số mới hơn ghi. Hãy cài phiên bản mới đó trên máy này.";
    case StoreError::ReadOnly:
        return en ? "this computer does not allow writing the progress file (it or its folder is read-only)."
                  : "máy này không cho ghi vào tệp kết quả học (tệp hoặc thư mục của nó chỉ cho đọc).";
    case StoreError::DiskFull:
        return en ? "the disk is full. Delete files that are no longer needed, then start Luyện Số again."
                  : "ổ đĩa đã đầy. Hãy xoá bớt những tệp không cần nữa rồi mở lại Luyện Số.";
    case StoreError::Busy:
        return en ? "another Luyện Số window is writing the progress file. Close the other window."
                  : "một cửa sổ Luyện Số khác đang ghi tệp kết quả học. Hãy đóng cửa sổ kia.";
    case StoreError::NotFound:
        return en ? "something the progress file should hold is missing."
                  : "trong tệp kết quả học thiếu dữ liệu cần thiết.";
    case StoreError::Invalid:
        return en ? "the progress file or what was to be saved in it is not valid. The file was left as it is."
                  : "tệp kết quả học không đúng dạng, hoặc dữ liệu định lưu vào đó không hợp lệ. Tệp được để nguyên.";
    case StoreError::Io:
        return en ? "the progress file cannot be read or written on this computer."
                  : "không đọc hoặc ghi được tệp kết quả học trên máy này.";
    }
    return "";
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

// The interface text of the learner picker, the profile form, the lesson statuses and
// the trainer's area, in Vietnamese (default) and English.
#pragma once

#include "progress/progress_store.h"

#include <string>

namespace luyenso::ui {

struct ProgressText {
    const char* who_learns;      // "Ai học hôm nay?"
    const char* tap_your_name;   // "Bấm vào ảnh hoặc tên của mình"
    const char* add_learner;     // "Thêm người học"
    const char* trainer_area;    // "Dành cho cán bộ"
    const char* change_learner;  // "Đổi người học"
    const char* edit_profile;    // "Sửa hồ sơ"
    const char* new_profile;     // "Người học mới"
    const char* field_name;      // "Họ và tên"
    const char* field_village;   // "Thôn, bản hoặc nhóm"
    const char* field_photo;     // "Ảnh (đường dẫn tệp, có thể bỏ trống)"
    const char* field_voice;     // "Giọng đọc"
    const char* field_text_size; // "Cỡ chữ"
    const char* save;            // "Lưu"
    const char* cancel;          // "Huỷ"
    const char* voice_north;
    const char* voice_central;
    const char* voice_south;
    const char* continue_fmt;    // "Học tiếp (từ bước %d)"
    const char* continue_short;  // "Học tiếp"
    const char* start_over;      // "Học lại từ đầu"
    const char* unfinished_note; // "Lần trước bác dừng ở bước %d / %d."
    const char* or_start_over;   // "Hoặc học lại từ đầu theo một cách:"
    const char* pin_set_title;   // "Đặt mã PIN cho cán bộ"
    const char* pin_set_note;
    const char* pin_title;       // "Nhập mã PIN của cán bộ"
    const char* pin_again_title; // "Nhập lại mã PIN vừa chọn"
    const char* pin_again_note;
    const char* pin_forgot;       // how to reset a forgotten PIN
    const char* pin_ok;           // "Mở"
    const char* pin_erase;        // "Xoá"
    const char* back;             // "Quay lại"
    const char* dashboard;        // "Bảng theo dõi lớp"
    const char* lock;             // "Khoá lại"
    const char* roster_count_fmt; // "%d người học · %d bài"
    const char* col_learner;      // "Người học"
    const char* legend;           // legend of the grid
    const char* history;          // "Lịch sử"
    const char* history_of_fmt;   // "Lịch sử học của %s"
    const char* no_attempts;
    const char* group_session;     // "Học cả lớp"
    const char* group_note;        // "Chọn bài, lớp cùng xem trên màn chiếu"
    const char* show_on_projector; // "Chiếu"
    const char* turn_of;           // "Lượt của:"
    const char* nobody_turn;       // after "Lượt của:" when nobody has the turn
    const char* end_session;       // "Kết thúc buổi học"
    const char* no_learners;
    const char* store_problem;  // "Không lưu được kết quả học: "
    const char* store_still;    // "Vẫn học được bình thường; ..."
    const char* store_file;     // "Tệp: "
    const char* hints_short;    // "gợi ý"
    const char* edit;           // "Sửa"
    const char* portable_copy;  // "Bản mang theo · lưu ở " + the progress folder
    const char* installed_copy; // "Lưu ở " + the progress folder
    const char* unsafe_label;   // "Có việc nguy hiểm": an unsafe choice, apart from mistakes
};

const ProgressText& progress_text(const std::string& lang);
// chưa học / đang học / đã làm có trợ giúp / đã qua bài kiểm tra
const char* status_label(LessonStatus status, const std::string& lang);
// Why progress is not saved, and what to do about it, for the banner.
const char* store_problem_reason(StoreError error, const std::string& lang);
// Words for an attempt's outcome, for the history list.
const char* outcome_label(Outcome outcome, const std::string& lang);

} // namespace luyenso::ui

// The app's own interface text, in Vietnamese (default) and English.
#pragma once

#include "lessons/lesson_run.h"

#include <string>

namespace luyenso::ui {

struct UiText {
    const char* app_name;
    const char* tagline;
    const char* choose_lesson;
    const char* start;
    const char* minutes_fmt; // "Khoảng %d phút · %d bước"
    const char* broken_lesson;
    const char* more_errors_fmt;
    const char* no_lessons;
    const char* step_fmt; // "Bước %d / %d"
    const char* hint;
    const char* no_more_hints;
    const char* restart;
    const char* lesson_list;
    const char* story;
    const char* well_done;
    const char* again;
    const char* other_lesson;
    const char* stats_fmt; // "%d bước · %d lần gợi ý · %d lần bấm nhầm"
    const char* wait_note;
    const char* choose_mode;
    const char* mode_watch_note;
    const char* mode_guided_note;
    const char* mode_practice_note;
    const char* mode_test_note;
    const char* recommended;
    const char* pause;
    const char* resume;
    const char* next_step;
    const char* replay_step;
    const char* show_place;
    const char* show_me;
    const char* stop_test;
    const char* goal;
    const char* score_fmt; // "%d điểm"
    const char* passed;
    const char* not_passed;
    const char* not_passed_note;
    const char* practise_guided;
    const char* test_again;
    const char* watch_done;
    const char* hear_again;
    const char* sound_on;
    const char* sound_off;
    const char* no_sound;
    const char* text_size;
    const char* contrast;
    // --watch: the page that lists a lesson's errors while it is being written.
    const char* errors_title;
    const char* errors_count_fmt; // "%d lỗi trong tệp:"
    const char* errors_note;
    // Packs in the lesson list.
    const char* builtin_lessons;
    const char* own_lessons;
    const char* pack_fmt; // "Gói bài «%s» · phiên bản %s · %s" (name, version, author)
    const char* broken_pack;
    // The button that switches the interface to the other language, in that language.
    const char* other_language;
    // The button that enters or leaves full screen (F11 and Esc do the same).
    const char* fullscreen_enter;
    const char* fullscreen_leave;
    // An unsafe choice (declared by the lesson): the end screen says it apart, kindly.
    const char* unsafe_not_passed; // test mode's headline
    const char* unsafe_headline;   // guided and practice modes' headline
    const char* unsafe_intro;      // before the lesson's explanation
    const char* unsafe_stats_fmt;  // " · %d việc nguy hiểm"
    // Under a panel whose text goes on below what it shows.
    const char* more_below;
    // The lesson panel's buttons on a phone's sheet, where the room is short.
    const char* restart_short;
    const char* lesson_list_short;
};

const UiText& ui_text(const std::string& lang);

// What the simulated phone itself prints where no lesson text comes in (the bank's
// balance card, the ID and health-insurance cards): always Vietnamese, as on a real
// Vietnamese phone and on the real cards, whatever the interface language.
struct PhoneText {
    const char* available_balance;
    const char* scan_qr;
    const char* republic;
    const char* motto;
    const char* id_card;
    const char* id_number;
    const char* full_name;
    const char* birth_date; // followed by the date
    const char* sex;
    const char* nationality;
    const char* insurance;
    const char* insurance_card;
    const char* insurance_code;
    const char* insurance_place;
    const char* insurance_valid;
};
const PhoneText& phone_text();
const char* mode_label(Mode mode, const std::string& lang);

} // namespace luyenso::ui

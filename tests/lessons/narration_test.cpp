// Which narration a step gets: its recording for the language when the lesson has one,
// else speech from its narration text (or its instruction), in the learner's voice.
#include "lessons/lesson.h"
#include "lessons/narration.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace luyenso;

namespace {
Step step_with(LocalText say, LocalText narration = {}, LocalText audio = {})
{
    Step s;
    s.id = "buoc";
    s.say = std::move(say);
    s.narration = std::move(narration);
    s.audio = std::move(audio);
    return s;
}

LocalText vi_en(const char* vi, const char* en)
{
    LocalText t(vi);
    t.set("en", en);
    return t;
}
} // namespace

TEST_CASE("a step is spoken from its narration text, else its instruction", "[narration]")
{
    const Step plain = step_with(vi_en("Bấm vào nút gọi video.", "Tap the video-call button."));
    NarrationRequest r = narration_for(plain, "vi", "vi");
    CHECK(r.kind == NarrationRequest::Kind::Speech);
    CHECK(r.text == "Bấm vào nút gọi video.");
    CHECK(r.voice == "vi");

    const Step spoken = step_with(vi_en("Bấm vào nút gọi video.", "Tap the video-call button."),
                                  LocalText("Bấm vào nút gọi vi đê ô."));
    r = narration_for(spoken, "vi", "vi-vn-x-south");
    CHECK(r.text == "Bấm vào nút gọi vi đê ô."); // written for the speech engine
    CHECK(r.voice == "vi-vn-x-south");           // the learner's chosen voice

    r = narration_for(plain, "en", "vi");
    CHECK(r.text == "Tap the video-call button.");
    CHECK(r.voice == "en");
    // Narration only in Vietnamese: the English interface still hears it, in Vietnamese.
    r = narration_for(spoken, "en", "vi-vn-x-central");
    CHECK(r.text == "Bấm vào nút gọi vi đê ô.");
    CHECK(r.voice == "vi-vn-x-central");
    CHECK(narration_for(plain, "vi", "no-such-voice").voice == "vi"); // an unknown choice: Northern
}

TEST_CASE("a recording named for the language is played instead of speech", "[narration]")
{
    LocalText audio;
    audio.set("dao", "/lessons/audio/buoc-1-dao.wav");
    audio.set("vi", "/lessons/audio/buoc-1.wav");
    const Step s = step_with(LocalText("Bấm vào nút xanh."), {}, audio);
    NarrationRequest r = narration_for(s, "vi", "vi");
    CHECK(r.kind == NarrationRequest::Kind::Recorded);
    CHECK(r.path == "/lessons/audio/buoc-1.wav");
    CHECK(r.text == "Bấm vào nút xanh."); // the same words, for captions
    r = narration_for(s, "dao", "vi");
    CHECK(r.kind == NarrationRequest::Kind::Recorded);
    CHECK(r.path == "/lessons/audio/buoc-1-dao.wav");
    r = narration_for(s, "en", "vi"); // no English recording: speech
    CHECK(r.kind == NarrationRequest::Kind::Speech);
}

TEST_CASE("feedback and hints are spoken too, empty text is silence", "[narration]")
{
    NarrationRequest r = narration_for_text(LocalText("Chưa đúng chỗ rồi."), "vi", "vi");
    CHECK(r.kind == NarrationRequest::Kind::Speech);
    CHECK(r.text == "Chưa đúng chỗ rồi.");
    CHECK(narration_for_text(LocalText(), "vi", "vi").kind == NarrationRequest::Kind::None);
    CHECK(vietnamese_voices().front().first == "vi"); // Northern first: the default
    CHECK(vietnamese_voices().size() == 3);
}

TEST_CASE("a lesson's recordings are checked: present, WAV, inside the lesson's folder", "[narration][lesson]")
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("luyenso-narration-" + std::to_string(::getpid()));
    fs::create_directories(dir / "audio");
    fs::copy_file(test::fixtures_dir() + "/audio/buoc-1.wav", dir / "audio" / "buoc-1.wav",
                  fs::copy_options::overwrite_existing);
    std::ofstream(dir / "audio" / "not-a-wav.wav") << "hello";
    std::ifstream in(test::shipped_lesson_path());
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string anchor = R"("id": "mo-khoa",)";
    const auto at = text.find(anchor);
    REQUIRE(at != std::string::npos);

    auto with_audio = [&](const std::string& audio) {
        std::string t = text;
        t.insert(at + anchor.size(), "\n      \"audio\": " + audio + ",");
        return load_lesson_text(t, (dir / "lesson.json").string());
    };
    LoadResult ok = with_audio(R"({"vi": "audio/buoc-1.wav"})");
    REQUIRE(ok.errors.empty());
    REQUIRE(ok.lesson);
    CHECK(ok.lesson->steps[0].audio.get("vi") == (dir / "audio" / "buoc-1.wav").string());
    CHECK(narration_for(ok.lesson->steps[0], "vi", "vi").kind == NarrationRequest::Kind::Recorded);

    LoadResult bad = with_audio(R"({"vi": "audio/not-a-wav.wav", "dao": "../x.wav", "en": "audio/missing.wav"})");
    REQUIRE(bad.errors.size() == 3);
    const auto messages = test::to_strings(bad.errors);
    CHECK(messages[0].find("asset \"audio/not-a-wav.wav\" is not a WAV sound; save the recording as .wav") !=
          std::string::npos);
    CHECK(messages[1].find("asset path \"../x.wav\" must be relative to the lesson and stay inside its folder") !=
          std::string::npos);
    CHECK(messages[2].find("asset \"audio/missing.wav\" not found") != std::string::npos);
    fs::remove_all(dir);
}

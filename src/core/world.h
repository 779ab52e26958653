// The world of a lesson: whose phone it is, the people in it, their chats. Apps are
// kits filled by this data, so a new situation is a new JSON file, not new C++.
#pragma once

#include <string>
#include <vector>

namespace luyenso {

enum class HairStyle { Short, Long, Bun, Bald, Ponytail };

// A person's picture, drawn by us as vector shapes (no photos of real people needed).
struct Avatar {
    std::string skin = "#E8B98F";
    std::string hair = "#2B2B2B";
    std::string shirt = "#4A7BD0";
    std::string background = "#CFE3F5";
    HairStyle hair_style = HairStyle::Short;
    bool glasses = false;
    bool child = false; // a smaller, rounder face
};

struct Person {
    std::string id;
    std::string name;
    std::string phone;
    std::string place;      // "Hà Nội"
    Avatar avatar;
    std::string photo;      // optional picture file: relative to the lesson in JSON, resolved on load
    bool answers = true;    // picks up calls
    int answers_after_s = 4;
    int hangs_up_after_s = 0; // 0: stays on the call until the learner ends it
};

struct ChatMessage {
    std::string from; // "me" or a contact id
    std::string text;
    std::string time; // "18:05" as shown
    bool call_record = false; // a "video call, 35 seconds" line written by the app
    bool call_video = false;  // ... and whether that call was a video call
};

struct Chat {
    std::string with; // contact id
    std::vector<ChatMessage> messages;
    int unread = 0;
};

struct World {
    Person owner;
    std::vector<Person> contacts;
    std::vector<Chat> chats;
    int start_minutes = 19 * 60 + 30; // time of day shown when the lesson starts
    std::string date = "Thứ Bảy, 28 tháng 11";
    int battery_percent = 76;

    const Person* contact(const std::string& id) const;
};

} // namespace luyenso

// The world of a lesson: whose phone it is, the people in it, their chats. Apps are
// kits filled by this data, so a new situation is a new JSON file, not new C++.
#pragma once

#include "phone/app_world.h"
#include "phone/bank_world.h"
#include "phone/call_script.h"
#include "phone/chat_script.h"
#include "phone/eid_world.h"
#include "phone/settings_world.h"
#include "phone/sms_world.h"
#include "phone/web_world.h"

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
    std::string id{};
    std::string name{};
    std::string phone{};
    std::string place{}; // "Hà Nội"
    Avatar avatar;
    std::string photo{}; // optional picture file: relative to the lesson in JSON, resolved on load
    bool answers = true; // picks up calls
    int answers_after_s = 4;
    int hangs_up_after_s = 0; // 0: stays on the call until the learner ends it
    bool saved = true;        // in the phone's contacts (a stranger's number is not)
};

struct ChatMessage {
    std::string from{}; // "me" or a contact id
    std::string text{};
    std::string time{};        // "18:05" as shown
    bool call_record = false;  // a "video call, 35 seconds" line written by the app
    bool call_video = false;   // ... and whether that call was a video call
    std::string kind = "text"; // "text", "photo", "voice", "sticker"
    std::string media{};       // photo: a gallery id; sticker: a sticker id
    int seconds = 0;           // voice: its length
    std::string reaction{};    // the learner's reaction to it (ChatApp::reactions()), or none
};

// A picture in the phone's gallery, drawn by the app (a scene) with a caption.
struct GalleryPhoto {
    std::string id{};
    std::string caption{};
    std::string scene = "field"; // "field", "family", "market", "house", "flowers", "buffalo"
};

struct Chat {
    std::string with{}; // contact id (a one-to-one chat), or empty for a group
    std::vector<ChatMessage> messages{};
    int unread = 0;
    std::string id{};                   // a group's id ("thon-nam-pung"); a one-to-one chat uses `with`
    std::string group_name{};           // a group's name
    std::vector<std::string> members{}; // a group's members (contact ids)
    bool announcements = false;         // only admins post (a village announcement group)
    bool blocked = false;               // the learner blocked the contact: their messages no longer arrive
    std::string reported{};             // the reason the learner reported the contact for, if any

    bool is_group() const { return with.empty(); }
    const std::string& key() const { return is_group() ? id : with; }
};

struct CallLogEntry {
    std::string contact{}; // a contact id, or "tel:NUMBER" for a number not in the contacts
    bool video = false;
    bool incoming = false;
    bool missed = false; // incoming and not answered, or outgoing and not picked up
    std::string time{};  // "19:31"
    int seconds = 0;
};

// Something that happens by itself at a time after the lesson starts.
struct TimelineItem {
    enum class Kind { Message, Call, Sms };
    Kind kind = Kind::Message;
    int at_s = 0;
    std::string from{};     // contact id (Sms: the sender, a contact id, a number or a name)
    std::string chat{};     // Message: the chat (a contact or group id; default: `from`)
    std::string text{};     // Message, Sms
    bool video = false;     // Call
    bool if_missed = false; // Call: only if the caller's last call was not answered (they try again)
};

struct World {
    Person owner;
    std::vector<Person> contacts{};
    std::vector<Chat> chats{};
    std::vector<TimelineItem> timeline{};
    std::vector<GalleryPhoto> gallery{};
    std::vector<CallLogEntry> call_log{};
    std::vector<ChatScript> chat_scripts{}; // what the other side of a chat writes back
    bool messages_from_strangers = true;    // the chat app's privacy setting
    int start_minutes = 19 * 60 + 30;       // time of day shown when the lesson starts
    std::string date = "Thứ Bảy, 28 tháng 11";
    int battery_percent = 76;
    BankWorld bank;
    EidWorld eid;
    SmsWorld sms;
    WebWorld web;
    PhoneSettings settings;
    std::vector<CallScript> call_scripts{};
    std::vector<DataAppSpec> apps{}; // apps declared as data (data_app.h)

    const Person* contact(const std::string& id) const;
    const Chat* chat(const std::string& key) const;
    Chat* chat(const std::string& key);
};

} // namespace luyenso

// Loading and validating lessons. Every check reports FILE:LINE:COL and a way to fix it,
// and the loader goes on after an error so that an organiser sees all problems at once.
#include "lessons/lesson.h"

#include "lessons/app_world_reader.h"
#include "lessons/bank_world_reader.h"
#include "lessons/chat_world_reader.h"
#include "lessons/lesson_reader.h"
#include "lessons/service_world_reader.h"
#include "lessons/skills.h"
#include "phone/chat_app.h"
#include "phone/data_app.h"
#include "phone/event.h"
#include "phone/phone.h"
#include "phone/vietqr.h"
#include "text/json_source.h"
#include "text/mojibake.h"
#include "text/u8path.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <unordered_map>

namespace luyenso {

using nlohmann::json;

std::vector<const UnsafeRule*> Lesson::all_unsafe() const
{
    std::vector<const UnsafeRule*> out;
    for (const UnsafeRule& u : unsafe)
        out.push_back(&u);
    for (const Step& s : steps)
        for (const UnsafeRule& u : s.unsafe)
            out.push_back(&u);
    return out;
}

const UnsafeRule* Lesson::find_unsafe(const std::string& unsafe_id) const
{
    for (const UnsafeRule* u : all_unsafe())
        if (u->id == unsafe_id)
            return u;
    return nullptr;
}

bool field_matches(const json& wanted, const json& actual)
{
    if (wanted.is_object() && wanted.contains("not"))
        return actual != wanted.at("not");
    return actual == wanted;
}

int Lesson::step_index(const std::string& step_id) const
{
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].id == step_id)
            return static_cast<int>(i);
    return -1;
}

std::optional<std::string> did_you_mean(const std::string& word, const std::vector<std::string>& candidates)
{
    auto distance = [](const std::string& a, const std::string& b) {
        std::vector<std::size_t> prev(b.size() + 1);
        std::vector<std::size_t> cur(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j)
            prev[j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            cur[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j)
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            std::swap(prev, cur);
        }
        return prev[b.size()];
    };
    std::optional<std::string> best;
    std::size_t best_d = 0;
    for (const auto& c : candidates) {
        const std::size_t d = distance(word, c);
        if (!best || d < best_d) {
            best = c;
            best_d = d;
        }
    }
    if (best && best_d <= std::max<std::size_t>(2, word.size() / 4))
        return best;
    return std::nullopt;
}

bool is_slug(const std::string& s)
{
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool is_colour(const std::string& s)
{
    return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [](char c) {
               return std::isxdigit(static_cast<unsigned char>(c)) != 0;
           });
}

namespace {

// [SECTION] world

void read_avatar(Reader& r, const std::string& ptr, const json& j, Avatar& a)
{
    if (!r.object(ptr, j, {"skin", "hair", "shirt", "background", "hair_style", "glasses", "child"}, "an avatar"))
        return;
    for (auto [key, field] : {std::pair{"skin", &a.skin}, std::pair{"hair", &a.hair}, std::pair{"shirt", &a.shirt},
                              std::pair{"background", &a.background}}) {
        if (auto v = r.string(ptr, j, key, false, "an avatar")) {
            if (is_colour(*v))
                *field = *v;
            else
                r.error_at_value(json_pointer_append(ptr, key), Message{"must-be-colour", {key}});
        }
    }
    if (auto v = r.string(ptr, j, "hair_style", false, "an avatar")) {
        static const std::vector<std::pair<std::string, HairStyle>> styles = {{"short", HairStyle::Short},
                                                                              {"long", HairStyle::Long},
                                                                              {"bun", HairStyle::Bun},
                                                                              {"bald", HairStyle::Bald},
                                                                              {"ponytail", HairStyle::Ponytail}};
        const auto it = std::find_if(styles.begin(), styles.end(), [&](const auto& s) { return s.first == *v; });
        if (it == styles.end())
            r.error_at_value(json_pointer_append(ptr, "hair_style"), {"must-be-one-of", {"hair_style"}},
                             {"fix-use-one-of", {"short, long, bun, bald, ponytail"}});
        else
            a.hair_style = it->second;
    }
    if (auto v = r.boolean(ptr, j, "glasses"))
        a.glasses = *v;
    if (auto v = r.boolean(ptr, j, "child"))
        a.child = *v;
}

} // namespace

std::string real_path_outside(const std::string& folder, const std::string& file)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(fs::absolute(folder.empty() ? fs::path(".") : u8_path(folder), ec), ec);
    const fs::path real = fs::weakly_canonical(fs::absolute(u8_path(file), ec), ec);
    const auto [b_end, r_at] = std::mismatch(base.begin(), base.end(), real.begin(), real.end());
    if (ec || b_end != base.end())
        return real.empty() ? file : path_u8(real);
    return {};
}

void read_asset(Reader& r, const std::string& ptr, const std::string& path, const std::string& lesson_file,
                AssetKind kind)
{
    namespace fs = std::filesystem;
    const fs::path rel = u8_path(path);
    // (On Windows "/x" is not absolute but rooted: both are refused.)
    if (rel.is_absolute() || rel.has_root_path() || path.find("..") != std::string::npos ||
        path.find('\\') != std::string::npos) {
        r.error_at_value(ptr, {"asset-path-outside", {path}});
        return;
    }
    const fs::path lesson_folder = u8_path(lesson_file).parent_path();
    const fs::path full = lesson_folder / rel;
    const std::string full_text = u8_join(path_u8(lesson_folder), path); // as the organiser wrote it
    std::error_code ec;
    if (!fs::is_regular_file(full, ec)) {
        r.error_at_value(ptr, {"asset-not-found", {path, full_text}}, {"fix-put-file-there"});
        return;
    }
    // A link inside the folder may still point outside it (to a file the pack does not carry).
    if (const std::string real = real_path_outside(path_u8(lesson_folder), path_u8(full)); !real.empty()) {
        r.error_at_value(ptr, {"asset-link-outside", {path, real}}, {"fix-copy-file"});
        return;
    }
    // Pictures must be PNG or JPEG, sounds WAV: check the file's signature, not its name.
    std::ifstream in(full, std::ios::binary);
    unsigned char head[12] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    if (kind == AssetKind::Sound) {
        const bool wav = in.gcount() == 12 && std::string(reinterpret_cast<char*>(head), 4) == "RIFF" &&
                         std::string(reinterpret_cast<char*>(head) + 8, 4) == "WAVE";
        if (!wav)
            r.error_at_value(ptr, {"asset-not-wav", {path}}, {"fix-save-wav"});
        return;
    }
    const bool png = in.gcount() >= 4 && head[0] == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
    const bool jpeg = in.gcount() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
    if (!png && !jpeg)
        r.error_at_value(ptr, {"asset-not-picture", {path}}, {"fix-save-png"});
}

namespace {

void read_person(Reader& r, const std::string& ptr, const json& j, Person& p, bool is_owner)
{
    std::vector<std::string> keys = {"name", "phone", "place", "avatar", "photo"};
    if (!is_owner)
        keys.insert(keys.end(), {"id", "answers", "answers_after_s", "hangs_up_after_s", "saved"});
    if (!r.object(ptr, j, keys, is_owner ? "the owner" : "a contact"))
        return;
    if (!is_owner) {
        if (auto v = r.string(ptr, j, "id", true, "a contact")) {
            if (!is_slug(*v) || *v == "me")
                r.error_at_value(json_pointer_append(ptr, "id"), {"bad-contact-id", {*v}});
            p.id = *v;
        }
    }
    if (auto v = r.string(ptr, j, "name", true, is_owner ? "the owner" : "a contact"))
        p.name = *v;
    if (auto v = r.string(ptr, j, "phone", false, "a person"))
        p.phone = *v;
    if (auto v = r.string(ptr, j, "place", false, "a person"))
        p.place = *v;
    if (j.contains("avatar"))
        read_avatar(r, json_pointer_append(ptr, "avatar"), j.at("avatar"), p.avatar);
    if (auto v = r.string(ptr, j, "photo", false, "a person")) {
        read_asset(r, json_pointer_append(ptr, "photo"), *v, r.file());
        p.photo = u8_join(path_u8(u8_path(r.file()).parent_path()), *v);
    }
    if (auto v = r.boolean(ptr, j, "answers"))
        p.answers = *v;
    if (auto v = r.integer(ptr, j, "answers_after_s", 0, 25))
        p.answers_after_s = *v;
    if (auto v = r.integer(ptr, j, "hangs_up_after_s", 0, 3600))
        p.hangs_up_after_s = *v;
    if (auto v = r.boolean(ptr, j, "saved"))
        p.saved = *v;
}

// Messages in a chat: text, a photo from the gallery, a voice message, a sticker.
void read_messages(Reader& r, const std::string& mp, const json& ms, Chat& chat,
                   const std::function<void(const std::string&, const std::string&, bool)>& check_contact,
                   const std::set<std::string>& photo_ids)
{
    if (!ms.is_array()) {
        r.error_at_value(mp, {"must-be-list", {"messages"}});
        return;
    }
    for (std::size_t k = 0; k < ms.size(); ++k) {
        const std::string p = json_pointer_append(mp, k);
        if (!r.object(p, ms[k], {"from", "text", "time", "photo", "voice_s", "sticker"}, "a message"))
            continue;
        ChatMessage m;
        if (auto v = r.string(p, ms[k], "from", true, "a message")) {
            check_contact(json_pointer_append(p, "from"), *v, true);
            m.from = *v;
        }
        if (auto v = r.string(p, ms[k], "time", false, "a message"))
            m.time = *v;
        const int kinds = static_cast<int>(ms[k].contains("text")) + static_cast<int>(ms[k].contains("photo")) +
                          static_cast<int>(ms[k].contains("voice_s")) + static_cast<int>(ms[k].contains("sticker"));
        if (kinds != 1) {
            r.error_at_value(p, {"one-of", {"a message", "\"text\", \"photo\", \"voice_s\", \"sticker\""}});
            continue;
        }
        if (auto v = r.string(p, ms[k], "text", false, "a message")) {
            m.text = *v;
        } else if (auto ph = r.string(p, ms[k], "photo", false, "a message")) {
            if (!photo_ids.count(*ph))
                r.error_at_value(json_pointer_append(p, "photo"), {"unknown-photo", {*ph}}, {"fix-add-to-gallery"});
            m.kind = "photo";
            m.media = *ph;
        } else if (auto sec = r.integer(p, ms[k], "voice_s", 1, 300)) {
            m.kind = "voice";
            m.seconds = *sec;
        } else if (auto st = r.string(p, ms[k], "sticker", false, "a message")) {
            std::vector<std::string> names;
            for (const auto& [id, label] : ChatApp::stickers())
                names.push_back(id);
            if (std::find(names.begin(), names.end(), *st) == names.end())
                r.error_at_value(json_pointer_append(p, "sticker"), {"unknown-sticker", {*st}},
                                 {"fix-use-one-of", {Reader::join(names)}});
            m.kind = "sticker";
            m.media = *st;
        }
        chat.messages.push_back(m);
    }
}

void read_gallery(Reader& r, const std::string& gp, const json& g, World& w)
{
    if (!g.is_array()) {
        r.error_at_value(gp, {"must-be-list", {"gallery"}});
        return;
    }
    const std::vector<std::string> scenes = {"field", "family", "market", "house", "flowers", "buffalo"};
    std::set<std::string> seen;
    for (std::size_t i = 0; i < g.size(); ++i) {
        const std::string p = json_pointer_append(gp, i);
        if (!r.object(p, g[i], {"id", "caption", "scene"}, "a photo"))
            continue;
        GalleryPhoto photo;
        if (auto v = r.string(p, g[i], "id", true, "a photo")) {
            if (!is_slug(*v))
                r.error_at_value(json_pointer_append(p, "id"), {"bad-slug", {"photo id", *v}});
            else if (!seen.insert(*v).second)
                r.error_at_value(json_pointer_append(p, "id"), {"duplicate-id", {"photo id", *v}}, {"fix-own-id"});
            photo.id = *v;
        }
        if (auto v = r.string(p, g[i], "caption", true, "a photo"))
            photo.caption = *v;
        if (auto v = r.string(p, g[i], "scene", false, "a photo")) {
            if (std::find(scenes.begin(), scenes.end(), *v) == scenes.end()) {
                r.error_at_value(json_pointer_append(p, "scene"), {"unknown-scene", {*v}},
                                 Reader::suggest(*v, scenes, {"fix-use-one-of", {Reader::join(scenes)}}));
            }
            photo.scene = *v;
        }
        w.gallery.push_back(photo);
    }
}

// The world's timeline: messages and calls that come by themselves, at a time.
void read_timeline(Reader& r, const std::string& tp, const json& t, World& w,
                   const std::function<void(const std::string&, const std::string&, bool)>& check_contact,
                   const std::set<std::string>& chat_keys)
{
    if (!t.is_array()) {
        r.error_at_value(tp, {"must-be-list", {"timeline"}});
        return;
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::string p = json_pointer_append(tp, i);
        if (!r.object(p, t[i], {"at", "message", "call", "sms"}, "a timeline item"))
            continue;
        TimelineItem item;
        if (auto at = r.integer(p, t[i], "at", 0, 3600))
            item.at_s = *at;
        else if (!t[i].contains("at"))
            r.error_at_value(p, {"timeline-needs-at"});
        if (t[i].contains("sms") && !t[i].contains("message") && !t[i].contains("call")) { // an SMS (the Messages app)
            if (read_sms_timeline_item(r, json_pointer_append(p, "sms"), t[i].at("sms"), w, item))
                w.timeline.push_back(item);
            continue;
        }
        if (t[i].contains("message") == t[i].contains("call")) {
            r.error_at_value(p, {"one-of", {"a timeline item", "\"message\", \"call\", \"sms\""}});
            continue;
        }
        const bool is_call = t[i].contains("call");
        const std::string ip = json_pointer_append(p, is_call ? "call" : "message");
        const json& body = t[i].at(is_call ? "call" : "message");
        item.kind = is_call ? TimelineItem::Kind::Call : TimelineItem::Kind::Message;
        if (!r.object(ip, body,
                      is_call ? std::vector<std::string>{"from", "video", "if_missed"}
                              : std::vector<std::string>{"from", "chat", "text"},
                      is_call ? "a call" : "a message"))
            continue;
        if (auto v = r.string(ip, body, "from", true, is_call ? "a call" : "a message")) {
            check_contact(json_pointer_append(ip, "from"), *v, false);
            item.from = *v;
        }
        if (is_call) {
            if (auto v = r.boolean(ip, body, "video"))
                item.video = *v;
            if (auto v = r.boolean(ip, body, "if_missed"))
                item.if_missed = *v;
        } else {
            if (auto v = r.string(ip, body, "text", true, "a message"))
                item.text = *v;
            if (auto v = r.string(ip, body, "chat", false, "a message")) {
                if (!chat_keys.count(*v))
                    r.error_at_value(json_pointer_append(ip, "chat"), {"unknown-chat", {*v}}, {"fix-group-or-contact"});
                item.chat = *v;
            }
        }
        w.timeline.push_back(item);
    }
}

void read_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!r.object(ptr, j,
                  {"owner", "contacts", "chats", "chat_scripts", "time", "date", "battery", "gallery", "timeline",
                   "messages_from_strangers", "bank", "eid", "sms", "web", "settings", "call_scripts", "apps"},
                  "the world"))
        return;
    if (!j.contains("owner"))
        r.error_at_value(ptr, {"world-needs-owner"});
    else
        read_person(r, json_pointer_append(ptr, "owner"), j.at("owner"), w.owner, true);
    if (auto t = r.string(ptr, j, "time", false, "the world")) {
        const std::string& s = *t;
        const bool ok = s.size() == 5 && s[2] == ':' && std::isdigit(static_cast<unsigned char>(s[0])) &&
                        std::isdigit(static_cast<unsigned char>(s[1])) &&
                        std::isdigit(static_cast<unsigned char>(s[3])) &&
                        std::isdigit(static_cast<unsigned char>(s[4])) && std::stoi(s.substr(0, 2)) < 24 &&
                        std::stoi(s.substr(3, 2)) < 60;
        if (ok)
            w.start_minutes = std::stoi(s.substr(0, 2)) * 60 + std::stoi(s.substr(3, 2));
        else
            r.error_at_value(json_pointer_append(ptr, "time"), {"bad-time"});
    }
    if (auto d = r.string(ptr, j, "date", false, "the world"))
        w.date = *d;
    if (j.contains("bank"))
        read_bank_world(r, json_pointer_append(ptr, "bank"), j.at("bank"), w);
    if (auto b = r.integer(ptr, j, "battery", 1, 100))
        w.battery_percent = *b;
    if (auto v = r.boolean(ptr, j, "messages_from_strangers"))
        w.messages_from_strangers = *v;

    std::set<std::string> ids;
    if (j.contains("contacts")) {
        const std::string cp = json_pointer_append(ptr, "contacts");
        const json& cs = j.at("contacts");
        if (!cs.is_array()) {
            r.error_at_value(cp, {"must-be-list", {"contacts"}});
        } else {
            for (std::size_t i = 0; i < cs.size(); ++i) {
                Person p;
                const std::string pp = json_pointer_append(cp, i);
                read_person(r, pp, cs[i], p, false);
                if (!p.id.empty() && !ids.insert(p.id).second)
                    r.error_at_value(json_pointer_append(pp, "id"), {"duplicate-id", {"contact id", p.id}},
                                     {"fix-own-id"});
                w.contacts.push_back(p);
            }
        }
    }
    const std::vector<std::string> contact_ids(ids.begin(), ids.end());
    const std::function<void(const std::string&, const std::string&, bool)> check_contact =
        [&](const std::string& p, const std::string& id, bool allow_me) {
            if (ids.count(id) || (allow_me && id == "me"))
                return;
            r.error_at_value(p, {"unknown-contact", {id}},
                             Reader::suggest(id, contact_ids, {allow_me ? "fix-me-or-contact" : "fix-add-contact"}));
        };
    if (j.contains("gallery"))
        read_gallery(r, json_pointer_append(ptr, "gallery"), j.at("gallery"), w);
    std::set<std::string> photo_ids;
    for (const GalleryPhoto& g : w.gallery)
        photo_ids.insert(g.id);

    std::set<std::string> chat_keys(ids.begin(), ids.end());
    if (j.contains("chats")) {
        const std::string cp = json_pointer_append(ptr, "chats");
        const json& cs = j.at("chats");
        if (!cs.is_array()) {
            r.error_at_value(cp, {"must-be-list", {"chats"}});
        } else {
            for (std::size_t i = 0; i < cs.size(); ++i) {
                const std::string chp = json_pointer_append(cp, i);
                const json& c = cs[i];
                const bool group = c.is_object() && c.contains("group");
                if (!r.object(chp, c,
                              group ? std::vector<std::string>{"group", "name", "members", "announcements", "unread",
                                                               "messages"}
                                    : std::vector<std::string>{"with", "unread", "messages"},
                              group ? "a group chat" : "a chat"))
                    continue;
                Chat chat;
                if (group) {
                    if (auto v = r.string(chp, c, "group", true, "a group chat")) {
                        if (!is_slug(*v))
                            r.error_at_value(json_pointer_append(chp, "group"), {"bad-slug", {"group id", *v}});
                        chat.id = *v;
                    }
                    if (auto v = r.string(chp, c, "name", true, "a group chat"))
                        chat.group_name = *v;
                    if (auto v = r.boolean(chp, c, "announcements"))
                        chat.announcements = *v;
                    if (c.contains("members") && c.at("members").is_array()) {
                        const json& ms = c.at("members");
                        for (std::size_t k = 0; k < ms.size(); ++k) {
                            const std::string mp = json_pointer_append(json_pointer_append(chp, "members"), k);
                            if (!ms[k].is_string()) {
                                r.error_at_value(mp, {"member-not-text"});
                                continue;
                            }
                            check_contact(mp, ms[k].get<std::string>(), false);
                            chat.members.push_back(ms[k].get<std::string>());
                        }
                    } else {
                        r.error_at_value(c.contains("members") ? json_pointer_append(chp, "members") : chp,
                                         {"group-needs-members"});
                    }
                } else if (auto v = r.string(chp, c, "with", true, "a chat")) {
                    check_contact(json_pointer_append(chp, "with"), *v, false);
                    chat.with = *v;
                }
                const std::string key = chat.key();
                if (!key.empty() && (group ? !chat_keys.insert(key).second
                                           : std::any_of(w.chats.begin(), w.chats.end(),
                                                         [&](const Chat& x) { return x.key() == key; })))
                    r.error_at_value(json_pointer_append(chp, group ? "group" : "with"),
                                     group ? Message{"id-used-by-contact", {key}} : Message{"second-chat", {key}},
                                     group ? Message{} : Message{"fix-merge"});
                if (auto v = r.integer(chp, c, "unread", 0, 99))
                    chat.unread = *v;
                if (c.contains("messages"))
                    read_messages(r, json_pointer_append(chp, "messages"), c.at("messages"), chat, check_contact,
                                  photo_ids);
                w.chats.push_back(chat);
            }
        }
    }
    if (j.contains("chat_scripts"))
        read_chat_scripts(r, json_pointer_append(ptr, "chat_scripts"), j.at("chat_scripts"), w);
    if (j.contains("eid"))
        read_eid_world(r, json_pointer_append(ptr, "eid"), j.at("eid"), w);
    if (j.contains("web"))
        read_web_world(r, json_pointer_append(ptr, "web"), j.at("web"), w);
    if (j.contains("sms"))
        read_sms_world(r, json_pointer_append(ptr, "sms"), j.at("sms"), w);
    if (j.contains("settings"))
        read_settings_world(r, json_pointer_append(ptr, "settings"), j.at("settings"), w);
    if (j.contains("apps"))
        read_app_world(r, json_pointer_append(ptr, "apps"), j.at("apps"), w);
    if (j.contains("call_scripts"))
        read_call_scripts(r, json_pointer_append(ptr, "call_scripts"), j.at("call_scripts"), w);
    if (j.contains("timeline"))
        read_timeline(r, json_pointer_append(ptr, "timeline"), j.at("timeline"), w, check_contact, chat_keys);
}

// [SECTION] steps

struct StepContext {
    std::set<std::string> element_ids;
    std::vector<std::string> element_list;
    std::vector<std::string> screen_names;
    std::vector<std::string> event_names;
    std::set<std::string> contact_ids;
    // What the world has, for the fields of conditions: call choices, bank accounts
    // (saved recipients and the QR stickers the camera sees) and web pages.
    std::set<std::string> choice_ids;
    std::set<std::string> chat_choice_ids; // suggested replies and turns of chat scripts
    std::set<std::string> chat_turn_ids;
    std::set<std::string> accounts;
    std::set<std::string> page_ids;
    // The amounts a payment can have: those fixed by a dynamic QR or a bill, and any the
    // learner types (a transfer to a saved recipient, a QR without a fixed amount), up to
    // the balance. A QR scan's amount: one of the stickers' (0 for a QR without one).
    std::set<std::int64_t> fixed_amounts;
    std::set<std::int64_t> qr_amounts;
    bool typed_amounts = false;
    std::int64_t balance = 0;
};

std::string join_amounts(const std::set<std::int64_t>& amounts)
{
    std::string out;
    for (const std::int64_t a : amounts)
        out += (out.empty() ? "" : ", ") + std::to_string(a);
    return out;
}

// A condition's "amount" that no bill, QR or transfer of the lesson's world can make is an
// error at that field (a step that waits for 5000000 when the bill asks for 500000).
void check_amount_field(Reader& r, const StepContext& ctx, const std::string& ptr, const std::string& event,
                        std::int64_t amount)
{
    if (event == "qr.scanned") {
        if (!ctx.qr_amounts.count(amount))
            r.error_at_value(ptr, {"amount-no-qr", {std::to_string(amount)}},
                             ctx.qr_amounts.empty() ? Message{"fix-add-qr-amount"}
                                                    : Message{"fix-amount-has", {join_amounts(ctx.qr_amounts)}});
        return;
    }
    if (event != "payment.completed" && event != "payment.confirming")
        return;
    if (amount <= 0)
        r.error_at_value(ptr, {"amount-not-positive"});
    else if (amount > ctx.balance)
        r.error_at_value(ptr, {"amount-over-balance", {std::to_string(amount), std::to_string(ctx.balance)}},
                         {"fix-raise-balance"});
    else if (!ctx.typed_amounts && !ctx.fixed_amounts.count(amount))
        r.error_at_value(ptr, {"amount-no-source", {std::to_string(amount)}},
                         ctx.fixed_amounts.empty() ? Message{"fix-add-amount-source"}
                                                   : Message{"fix-amount-has", {join_amounts(ctx.fixed_amounts)}});
}

// A condition's field that names something of the lesson's world names something that is there.
void check_world_field(Reader& r, const StepContext& ctx, const std::string& ptr, const std::string& event,
                       const std::string& key, const std::string& value)
{
    if (event == "chat.reply_chosen") { // a scripted chat's reply or turn
        const bool turn = key == "turn";
        const std::set<std::string>& ids = turn ? ctx.chat_turn_ids : ctx.chat_choice_ids;
        if ((!turn && key != "choice") || ids.count(value) || (!turn && value.empty()))
            return;
        const std::vector<std::string> list(ids.begin(), ids.end());
        r.error_at_value(ptr,
                         {"world-cannot-produce",
                          {turn ? "no chat script in this lesson's world has the turn"
                                : "no chat script in this lesson's world offers the reply",
                           value}},
                         Reader::suggest(value, list,
                                         list.empty() ? Message{"fix-add-chat-choice"}
                                                      : Message{"fix-it-has", {Reader::join(list)}}));
        return;
    }
    const std::set<std::string>* known = key == "choice"    ? &ctx.choice_ids
                                         : key == "account" ? &ctx.accounts
                                         : key == "page"    ? &ctx.page_ids
                                                            : nullptr;
    if (!known || known->count(value))
        return;
    const char* what = key == "choice"    ? "no call script in this lesson's world offers the choice"
                       : key == "account" ? "no saved recipient or QR code in this lesson's world has the account"
                                          : "this lesson's world has no web page";
    const std::vector<std::string> ids(known->begin(), known->end());
    const Message add = {key == "choice" ? "fix-add-choice" : key == "account" ? "fix-add-account" : "fix-add-page"};
    r.error_at_value(ptr, {"world-cannot-produce", {what, value}},
                     Reader::suggest(value, ids, ids.empty() ? add : Message{"fix-it-has", {Reader::join(ids)}}));
}

void check_element_id(Reader& r, const StepContext& ctx, const std::string& ptr, const std::string& id)
{
    if (ctx.element_ids.count(id))
        return;
    r.error_at_value(ptr, {"unknown-element", {id}}, Reader::suggest(id, ctx.element_list, {"fix-see-element-ids"}));
}

std::optional<Condition> read_condition(Reader& r, const StepContext& ctx, const std::string& ptr, const json& j)
{
    if (!j.is_object()) {
        r.error_at_value(ptr, {"condition-shape"});
        return std::nullopt;
    }
    Condition c;
    std::vector<std::string> allowed;
    if (j.contains("event") && !j.contains("screen")) {
        c.kind = Condition::Kind::Event;
        auto name = r.string(ptr, j, "event", true, "a condition");
        if (!name)
            return std::nullopt;
        c.name = *name;
        const EventSpec* spec = find_event_spec(*name);
        if (!spec) {
            r.error_at_value(
                json_pointer_append(ptr, "event"), {"unknown-event", {*name}},
                Reader::suggest(*name, ctx.event_names, {"fix-known-events", {Reader::join(ctx.event_names)}}));
            return std::nullopt;
        }
        allowed.assign(spec->fields.begin(), spec->fields.end());
        allowed.insert(allowed.begin(), "event");
    } else if (j.contains("screen") && !j.contains("event")) {
        c.kind = Condition::Kind::Screen;
        auto name = r.string(ptr, j, "screen", true, "a condition");
        if (!name)
            return std::nullopt;
        c.name = *name;
        if (std::find(ctx.screen_names.begin(), ctx.screen_names.end(), *name) == ctx.screen_names.end()) {
            r.error_at_value(
                json_pointer_append(ptr, "screen"), {"unknown-screen", {*name}},
                Reader::suggest(*name, ctx.screen_names, {"fix-known-screens", {Reader::join(ctx.screen_names)}}));
            return std::nullopt;
        }
        allowed = {"screen", "contact", "video"};
    } else {
        r.error_at_value(ptr, {"condition-one-of"});
        return std::nullopt;
    }
    const std::size_t before = r.error_count();
    r.object(ptr, j, allowed, c.kind == Condition::Kind::Event ? "this event's condition" : "a screen condition");
    for (const auto& [key, value] : j.items()) {
        if (key == "event" || key == "screen" || std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            continue;
        std::string p = json_pointer_append(ptr, key);
        // {"not": V}: anything but V (a payment of any amount but the right one).
        const bool negated = value.is_object() && value.size() == 1 && value.contains("not");
        const json& v = negated ? value.at("not") : value;
        if (negated)
            p = json_pointer_append(p, "not");
        if (!v.is_string() && !v.is_boolean() && !v.is_number()) {
            r.error_at_value(p, {"condition-value", {key}});
            continue;
        }
        if ((key == "contact" || key == "to") && v.is_string() && !ctx.contact_ids.count(v.get<std::string>())) {
            const std::vector<std::string> ids(ctx.contact_ids.begin(), ctx.contact_ids.end());
            r.error_at_value(p, {"unknown-contact", {v.get<std::string>()}},
                             Reader::suggest(v.get<std::string>(), ids, {"fix-it-has", {Reader::join(ids)}}));
        }
        if (v.is_string())
            check_world_field(r, ctx, p, c.name, key, v.get<std::string>());
        if (key == "amount" && !negated && v.is_number_integer() && c.kind == Condition::Kind::Event)
            check_amount_field(r, ctx, p, c.name, v.get<std::int64_t>());
        c.fields[key] = value;
    }
    if (r.error_count() != before)
        return std::nullopt;
    return c;
}

void read_actions(Reader& r, const StepContext& ctx, const std::string& ptr, const json& list, std::vector<Action>& out,
                  const char* what)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string dp = json_pointer_append(ptr, i);
        std::string why;
        auto a = action_from_json(list[i], why);
        if (!a) {
            r.error_at_value(dp, {"bad-action", {what, why}});
            continue;
        }
        if ((a->kind == ActionKind::Tap || a->kind == ActionKind::LongPress || a->kind == ActionKind::Swipe) &&
            !a->target.empty()) {
            const char* key = a->kind == ActionKind::Tap         ? "tap"
                              : a->kind == ActionKind::LongPress ? "long_press"
                                                                 : "on";
            check_element_id(r, ctx, json_pointer_append(dp, key), a->target);
        }
        out.push_back(*a);
    }
}

// "unsafe": [{"id", "on": {"event": ...}, "say", "path": [actions from the lesson's start]}].
void read_unsafe(Reader& r, const StepContext& ctx, const std::string& ptr, const json& j, std::vector<UnsafeRule>& out)
{
    const json* list = r.list(ptr, j, "unsafe");
    if (!list)
        return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string up = json_pointer_append(json_pointer_append(ptr, "unsafe"), i);
        const json& u = (*list)[i];
        if (!r.object(up, u, {"id", "on", "say", "path"}, "an unsafe outcome"))
            continue;
        UnsafeRule rule;
        rule.pos = r.pos(up);
        if (auto v = r.string(up, u, "id", true, "an unsafe outcome")) {
            if (!is_slug(*v))
                r.error_at_value(json_pointer_append(up, "id"), {"bad-slug", {"unsafe outcome id", *v}});
            rule.id = *v;
        }
        rule.say = r.text(up, u, "say", true, "an unsafe outcome");
        if (!u.contains("on")) {
            r.error_at_value(up, {"unsafe-needs-on"});
        } else if (!u.at("on").is_object() || !u.at("on").contains("event")) {
            r.error_at_value(json_pointer_append(up, "on"), {"unsafe-on-event"});
        } else if (auto c = read_condition(r, ctx, json_pointer_append(up, "on"), u.at("on"))) {
            rule.on = *c;
        }
        if (!u.contains("path"))
            r.error_at_value(up, {"unsafe-needs-path"});
        else if (const json* ps = r.list(up, u, "path"))
            read_actions(r, ctx, json_pointer_append(up, "path"), *ps, rule.path, "unsafe path");
        out.push_back(rule);
    }
}

void read_step(Reader& r, const StepContext& ctx, const std::string& ptr, const json& j, Step& s)
{
    s.pos = r.pos(ptr);
    s.done_when_pos = r.pos(json_pointer_append(ptr, "done_when"));
    s.demo_pos = r.pos(json_pointer_append(ptr, "demo"));
    if (!r.object(
            ptr, j,
            {"id", "say", "narration", "audio", "target", "done_when", "hints", "wrong", "demo", "next", "unsafe"},
            "a step"))
        return;
    if (auto v = r.string(ptr, j, "id", true, "a step")) {
        if (!is_slug(*v))
            r.error_at_value(json_pointer_append(ptr, "id"), {"bad-slug", {"step id", *v}});
        s.id = *v;
    }
    s.say = r.text(ptr, j, "say", true, "a step");
    s.narration = r.text(ptr, j, "narration", false, "a step");
    if (j.contains("audio")) {
        // {"vi": "audio/buoc-1.wav", "dao": "audio/buoc-1-dao.wav"}: any language may have
        // a recording, Vietnamese included or not.
        const std::string ap = json_pointer_append(ptr, "audio");
        const json& files = j.at("audio");
        if (!files.is_object()) {
            r.error_at_value(ap, {"audio-shape"});
        } else {
            for (const auto& [lang, file] : files.items()) {
                const std::string fp = json_pointer_append(ap, lang);
                if (!file.is_string() || file.get<std::string>().empty()) {
                    r.error_at_value(fp, {"recording-path"});
                    continue;
                }
                read_asset(r, fp, file.get<std::string>(), r.file(), AssetKind::Sound);
                s.audio.set(lang, u8_join(path_u8(u8_path(r.file()).parent_path()), file.get<std::string>()));
            }
        }
    }
    if (auto v = r.string(ptr, j, "target", false, "a step")) {
        check_element_id(r, ctx, json_pointer_append(ptr, "target"), *v);
        s.target = *v;
    }
    if (!j.contains("done_when"))
        r.error_at_value(ptr, {"step-needs-done-when"});
    else if (auto c = read_condition(r, ctx, json_pointer_append(ptr, "done_when"), j.at("done_when")))
        s.done_when = *c;

    auto list = [&](const char* key) { return r.list(ptr, j, key); };
    if (const json* hs = list("hints"))
        for (std::size_t i = 0; i < hs->size(); ++i)
            s.hints.push_back(r.text_value(json_pointer_append(json_pointer_append(ptr, "hints"), i), (*hs)[i]));
    if (const json* ws = list("wrong")) {
        for (std::size_t i = 0; i < ws->size(); ++i) {
            const std::string wp = json_pointer_append(json_pointer_append(ptr, "wrong"), i);
            const json& w = (*ws)[i];
            if (!r.object(wp, w, {"on", "say"}, "a wrong-action rule"))
                continue;
            WrongRule rule;
            rule.say = r.text(wp, w, "say", true, "a wrong-action rule");
            const std::string op = json_pointer_append(wp, "on");
            if (!w.contains("on")) {
                r.error_at_value(wp, {"wrong-needs-on"});
            } else if (w.at("on").is_object() && w.at("on").contains("tap")) {
                if (r.object(op, w.at("on"), {"tap"}, "\"on\"")) {
                    if (auto id = r.string(op, w.at("on"), "tap", true, "\"on\"")) {
                        check_element_id(r, ctx, json_pointer_append(op, "tap"), *id);
                        rule.tap = *id;
                    }
                }
            } else {
                rule.event = read_condition(r, ctx, op, w.at("on"));
            }
            s.wrong.push_back(rule);
        }
    }
    if (const json* ds = list("demo"))
        read_actions(r, ctx, json_pointer_append(ptr, "demo"), *ds, s.demo, "demonstration");
    if (j.contains("unsafe"))
        read_unsafe(r, ctx, ptr, j, s.unsafe);
    if (const json* ns = list("next")) {
        for (std::size_t i = 0; i < ns->size(); ++i) {
            const std::string np = json_pointer_append(json_pointer_append(ptr, "next"), i);
            const json& n = (*ns)[i];
            if (!r.object(np, n, {"on", "go", "say", "mistake"}, "a branch"))
                continue;
            Branch b;
            b.say = r.text(np, n, "say", false, "a branch");
            if (auto v = r.boolean(np, n, "mistake"))
                b.mistake = *v;
            auto go = r.string(np, n, "go", true, "a branch");
            if (!n.contains("on"))
                r.error_at_value(np, {"branch-needs-on"});
            auto on = n.contains("on") ? read_condition(r, ctx, json_pointer_append(np, "on"), n.at("on"))
                                       : std::nullopt;
            if (go && on) {
                b.go = *go;
                b.on = *on;
                s.next.push_back(b);
            }
        }
    }
}

// [SECTION] the flow of steps

// Whether a branch on `on` is always taken when `done_when` holds: branches are tried
// first, so the step then never goes on to the next one by itself.
bool covers(const Condition& on, const Condition& done_when)
{
    if (on.kind != done_when.kind || on.name != done_when.name)
        return false;
    for (const auto& [key, value] : on.fields.items())
        if (!done_when.fields.contains(key) || done_when.fields.at(key) != value)
            return false;
    return true;
}

// Where each step can go: the next step when its `done_when` holds (unless a branch always
// comes first), and each branch's target; `steps.size()` stands for the end.
std::vector<std::vector<std::size_t>> step_successors(const std::vector<Step>& steps)
{
    std::vector<std::vector<std::size_t>> out(steps.size());
    std::unordered_map<std::string, std::size_t> index; // the last step of an id, as before
    for (std::size_t k = 0; k < steps.size(); ++k)
        index[steps[k].id] = k;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        const bool pre_empted = std::any_of(s.next.begin(), s.next.end(),
                                            [&](const Branch& b) { return covers(b.on, s.done_when); });
        if (!pre_empted)
            out[i].push_back(i + 1);
        for (const Branch& b : s.next) {
            const auto it = b.go == "end" ? index.end() : index.find(b.go);
            out[i].push_back(it == index.end() ? steps.size() : it->second);
        }
    }
    return out;
}

std::string quoted_ids(const std::vector<Step>& steps, const std::vector<std::size_t>& which)
{
    std::string out;
    for (std::size_t k : which)
        out += (out.empty() ? "\"" : ", \"") + steps[k].id + "\"";
    return out;
}

// Steps no way leads to, and loops of branches with no way out to the end of the lesson.
void check_step_flow(Reader& r, const std::vector<Step>& steps)
{
    const std::size_t end = steps.size();
    const auto succ = step_successors(steps);
    std::vector<bool> reached(end + 1, false);
    std::vector<std::size_t> todo = {0};
    reached[0] = true;
    while (!todo.empty()) {
        const std::size_t i = todo.back();
        todo.pop_back();
        if (i == end)
            continue;
        for (std::size_t k : succ[i])
            if (!reached[k]) {
                reached[k] = true;
                todo.push_back(k);
            }
    }
    // Steps from which the end can be reached, found backwards from the end (linear in
    // the steps and branches: a lesson of 100 000 steps is checked as fast as it is read).
    std::vector<std::vector<std::size_t>> pred(end + 1);
    for (std::size_t i = 0; i < end; ++i)
        for (std::size_t k : succ[i])
            pred[k].push_back(i);
    std::vector<bool> ends(end + 1, false);
    ends[end] = true;
    todo = {end};
    while (!todo.empty()) {
        const std::size_t k = todo.back();
        todo.pop_back();
        for (std::size_t i : pred[k])
            if (!ends[i]) {
                ends[i] = true;
                todo.push_back(i);
            }
    }
    for (std::size_t i = 1; i < end; ++i) {
        if (reached[i])
            continue;
        const Step& before = steps[i - 1];
        r.error_at_value(
            json_pointer_append(json_pointer_append("/steps", i), "id"),
            {reached[i - 1] ? "unreachable-step-branch" : "unreachable-step-before", {steps[i].id, before.id}},
            {"fix-add-branch-or-remove", {steps[i].id}});
    }
    // A loop: a branch from a step that cannot end back to one that cannot either.
    for (std::size_t i = 0; i < end; ++i) {
        if (!reached[i] || ends[i])
            continue;
        for (std::size_t b = 0; b < steps[i].next.size(); ++b) {
            const std::size_t target = succ[i][succ[i].size() - steps[i].next.size() + b]; // branches come last
            if (target > i || ends[target])
                continue;
            std::vector<std::size_t> loop;
            for (std::size_t k = target; k <= i; ++k)
                if (reached[k] && !ends[k])
                    loop.push_back(k);
            r.error_at_value(
                json_pointer_append(
                    json_pointer_append(json_pointer_append(json_pointer_append("/steps", i), "next"), b), "go"),
                Message{"branch-loop", {steps[target].id, quoted_ids(steps, loop)}}, Message{"fix-branch-loop"});
        }
    }
}

void read_lesson(Reader& r, const JsonDocument& doc, Lesson& lesson)
{
    const json& j = doc.root();
    if (!r.object("", j,
                  {"$schema", "format", "id", "version", "title", "intro", "finish", "goal", "pass_mark", "skills",
                   "minutes", "order", "world", "steps", "unsafe"},
                  "a lesson"))
        return;
    if (!j.contains("format"))
        r.error_at_value("", {"lesson-needs-format"});
    else if (j.at("format") != 1)
        r.error_at_value("/format", {"unsupported-format"}, {"fix-format-1"});
    if (auto v = r.string("", j, "id", true, "a lesson")) {
        if (!is_slug(*v))
            r.error_at_value("/id", {"bad-lesson-id", {*v}});
        lesson.id = *v;
    }
    if (auto v = r.integer("", j, "version", 1, 1'000'000))
        lesson.version = *v;
    lesson.title = r.text("", j, "title", true, "a lesson");
    lesson.intro = r.text("", j, "intro", false, "a lesson");
    lesson.finish = r.text("", j, "finish", false, "a lesson");
    lesson.goal = r.text("", j, "goal", false, "a lesson");
    if (auto v = r.integer("", j, "pass_mark", 0, 100))
        lesson.pass_mark = *v;
    if (auto v = r.integer("", j, "minutes", 1, 240))
        lesson.minutes = *v;
    lesson.order = r.integer("", j, "order", 0, 9999);
    if (!j.contains("skills")) {
        r.error_at_value("", {"lesson-needs-skills"});
    } else if (!j.at("skills").is_array() || j.at("skills").empty()) {
        r.error_at_value("/skills", {"skills-shape"});
    } else {
        for (std::size_t i = 0; i < j.at("skills").size(); ++i) {
            const json& s = j.at("skills")[i];
            if (!s.is_string() || !is_slug(s.get<std::string>())) {
                r.error_at_value(json_pointer_append("/skills", i), {"skill-shape"});
            } else if (auto known = misspelt_skill(s.get<std::string>())) {
                // A new skill is welcome; a tag a typo away from a known one would split
                // the reports' rows.
                r.error_at_value(json_pointer_append("/skills", i), {"unknown-skill", {s.get<std::string>()}},
                                 {"did-you-mean", {*known}});
            } else {
                lesson.skills.push_back(s.get<std::string>());
            }
        }
    }
    if (!j.contains("world"))
        r.error_at_value("", {"lesson-needs-world"});
    else
        read_world(r, "/world", j.at("world"), lesson.world);

    StepContext ctx;
    ctx.element_ids = Phone::publishable_ids(lesson.world);
    ctx.element_list.assign(ctx.element_ids.begin(), ctx.element_ids.end());
    ctx.screen_names = Phone::screen_names();
    for (const DataAppSpec& app : lesson.world.apps) // apps declared as data: their screens too
        for (const AppScreen& screen : app.screens)
            ctx.screen_names.push_back(DataApp::screen_name(app.id, screen.id));
    for (const auto& spec : event_catalogue())
        ctx.event_names.emplace_back(spec.name);
    ctx.contact_ids = Phone::screen_subjects(lesson.world); // contacts, groups, SMS senders, ...
    for (const CallScript& cs : lesson.world.call_scripts)
        for (const CallChoice& ch : cs.choices)
            ctx.choice_ids.insert(ch.id);
    for (const ChatScript& cs : lesson.world.chat_scripts)
        for (const ChatTurn& t : cs.turns) {
            ctx.chat_turn_ids.insert(t.id);
            for (const ChatChoice& ch : t.choices)
                ctx.chat_choice_ids.insert(ch.id);
        }
    for (const Beneficiary& b : lesson.world.bank.beneficiaries)
        ctx.accounts.insert(b.account);
    for (const BankAccount& a : lesson.world.bank.accounts)
        ctx.accounts.insert(a.account);
    // Saved recipients and accounts a learner can type (a transfer's amount is typed).
    ctx.typed_amounts = !lesson.world.bank.beneficiaries.empty() || !lesson.world.bank.accounts.empty();
    ctx.balance = lesson.world.bank.balance;
    for (const Bill& bill : lesson.world.bank.bills)
        ctx.fixed_amounts.insert(bill.amount);
    for (const BankScene& scene : lesson.world.bank.scenes) {
        std::string ignored;
        if (auto qr = VietQr::parse(scene.payload, ignored)) {
            ctx.accounts.insert(qr->account);
            const std::int64_t amount = qr->amount.empty() ? 0 : std::stoll(qr->amount);
            ctx.qr_amounts.insert(amount);
            if (qr->dynamic && amount > 0)
                ctx.fixed_amounts.insert(amount);
            else
                ctx.typed_amounts = true;
        }
    }
    for (const WebPage& page : lesson.world.web.pages)
        ctx.page_ids.insert(page.id);

    if (!j.contains("steps") || !j.at("steps").is_array() || j.at("steps").empty()) {
        r.error_at_value(j.contains("steps") ? "/steps" : "", {"lesson-needs-steps"});
        return;
    }
    const json& steps = j.at("steps");
    const std::size_t errors_before_steps = r.error_count();
    std::set<std::string> step_ids;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        Step s;
        const std::string sp = json_pointer_append("/steps", i);
        read_step(r, ctx, sp, steps[i], s);
        if (!s.id.empty() && !step_ids.insert(s.id).second)
            r.error_at_value(json_pointer_append(sp, "id"), {"duplicate-step", {s.id}}, {"fix-own-step-id"});
        lesson.steps.push_back(s);
    }
    // Branch targets exist.
    std::vector<std::string> ids(step_ids.begin(), step_ids.end());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const json& s = steps[i];
        if (!s.is_object() || !s.contains("next") || !s.at("next").is_array())
            continue;
        for (std::size_t k = 0; k < s.at("next").size(); ++k) {
            const json& n = s.at("next")[k];
            if (!n.is_object() || !n.contains("go") || !n.at("go").is_string())
                continue;
            const std::string go = n.at("go").get<std::string>();
            if (go != "end" && !step_ids.count(go)) {
                r.error_at_value(
                    json_pointer_append(
                        json_pointer_append(json_pointer_append(json_pointer_append("/steps", i), "next"), k), "go"),
                    {"unknown-step", {go}}, Reader::suggest(go, ids, {"fix-step-or-end"}));
            }
        }
    }
    if (j.contains("unsafe"))
        read_unsafe(r, ctx, "", j, lesson.unsafe);
    // Unsafe outcomes have distinct ids (reports name them).
    std::set<std::string> unsafe_ids;
    for (std::size_t i = 0; i < lesson.steps.size() + 1; ++i) {
        const bool top = i == lesson.steps.size();
        const auto& rules = top ? lesson.unsafe : lesson.steps[i].unsafe;
        for (std::size_t k = 0; k < rules.size(); ++k)
            if (!rules[k].id.empty() && !unsafe_ids.insert(rules[k].id).second)
                r.error_at_value(json_pointer_append(
                                     json_pointer_append(
                                         json_pointer_append(top ? "" : json_pointer_append("/steps", i), "unsafe"), k),
                                     "id"),
                                 {"duplicate-id", {"unsafe outcome id", rules[k].id}}, {"fix-own-id"});
    }
    // A scam lesson must say what is unsafe in it: otherwise a learner who pays the
    // scammer could still pass its test.
    if (std::find(lesson.skills.begin(), lesson.skills.end(), "scam-safety") != lesson.skills.end() &&
        unsafe_ids.empty() && r.error_count() == errors_before_steps)
        r.error_at_value("/skills", {"scam-needs-unsafe"}, {"fix-see-lesson-format"});
    // The flow is worth checking only when every step and branch was read.
    if (r.error_count() == errors_before_steps)
        check_step_flow(r, lesson.steps);
}

// A warning at each text (a value, or a key) that looks like Vietnamese garbled by a wrong
// encoding, with the text that was most likely meant.
void find_mojibake(const JsonDocument& doc, const json& j, const std::string& ptr, const std::string& file,
                   Diagnostics& out)
{
    auto warn = [&](SourcePos pos, const std::string& text, const std::string& at) {
        if (auto meant = undo_mojibake(text))
            out.push_back(make_diagnostic(file, pos, at, {"mojibake"}, {"fix-mojibake", {*meant}}));
    };
    if (j.is_string()) {
        warn(doc.value_pos(ptr), j.get<std::string>(), ptr);
    } else if (j.is_object()) {
        for (const auto& [key, value] : j.items()) {
            const std::string p = json_pointer_append(ptr, key);
            warn(doc.key_pos(p), key, p);
            find_mojibake(doc, value, p, file, out);
        }
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i)
            find_mojibake(doc, j[i], json_pointer_append(ptr, i), file, out);
    }
}

// Whether every event that meets `narrow` also meets `wide`: the same event, and each
// field `wide` names is named by `narrow` with a value that satisfies it.
bool implies(const Condition& narrow, const Condition& wide)
{
    if (narrow.kind != Condition::Kind::Event || wide.kind != Condition::Kind::Event || narrow.name != wide.name)
        return false;
    for (const auto& [key, want] : wide.fields.items()) {
        if (!narrow.fields.contains(key))
            return false;
        const json& have = narrow.fields.at(key);
        const bool have_not = have.is_object() && have.contains("not");
        if (have_not ? have != want : !field_matches(want, have))
            return false;
    }
    return true;
}

// What is allowed but most likely not meant in the steps of a lesson that loaded:
// - a "wrong" rule whose every event also completes the step: "done_when" is tried
//   first, so the step finishes and the rule's words are never said (a wider rule, such
//   as any reaction but the one asked for, is a fallback and fine);
// - a condition on "text.changed" with a number as "text": it holds while the learner
//   is still typing (500000 on the way to 5000000), so "text.entered" is what is meant.
void step_warnings(const JsonDocument& doc, const Lesson& lesson, Diagnostics& out)
{
    auto number_typed = [&](const Condition& c, const std::string& ptr) {
        if (c.kind != Condition::Kind::Event || c.name != "text.changed" || !c.fields.contains("text") ||
            !c.fields.at("text").is_string())
            return;
        const std::string text = c.fields.at("text").get<std::string>();
        if (text.empty() || !std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            return;
        const std::string p = json_pointer_append(ptr, "text");
        out.push_back(
            make_diagnostic(lesson.file, doc.value_pos(p), p, {"number-while-typing", {text}}, {"fix-text-entered"}));
    };
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const Step& s = lesson.steps[i];
        const std::string sp = json_pointer_append("/steps", i);
        number_typed(s.done_when, json_pointer_append(sp, "done_when"));
        for (std::size_t k = 0; k < s.next.size(); ++k)
            number_typed(s.next[k].on,
                         json_pointer_append(json_pointer_append(json_pointer_append(sp, "next"), k), "on"));
        for (std::size_t k = 0; k < s.wrong.size(); ++k) {
            if (!s.wrong[k].event)
                continue;
            const std::string on = json_pointer_append(json_pointer_append(json_pointer_append(sp, "wrong"), k), "on");
            number_typed(*s.wrong[k].event, on);
            const bool branch_first = std::any_of(s.next.begin(), s.next.end(),
                                                  [&](const Branch& b) { return implies(*s.wrong[k].event, b.on); });
            if (!branch_first && implies(*s.wrong[k].event, s.done_when))
                out.push_back(make_diagnostic(lesson.file, doc.value_pos(on), on,
                                              {"wrong-completes", {s.id, s.wrong[k].event->name}},
                                              {"fix-wrong-completes"}));
        }
    }
}

} // namespace

LoadResult load_lesson_text(const std::string& text, const std::string& path)
{
    LoadResult result;
    Diagnostic syntax;
    auto doc = JsonDocument::parse(text, syntax);
    if (!doc) {
        syntax.file = path;
        result.errors.push_back(syntax);
        return result;
    }
    Lesson lesson;
    lesson.file = path;
    Reader reader(*doc, path, result.errors);
    read_lesson(reader, *doc, lesson);
    find_mojibake(*doc, doc->root(), "", path, result.warnings);
    if (result.errors.empty())
        step_warnings(*doc, lesson, result.warnings);
    const auto in_file_order = [](const Diagnostic& a, const Diagnostic& b) {
        return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    };
    std::stable_sort(result.errors.begin(), result.errors.end(), in_file_order);
    std::stable_sort(result.warnings.begin(), result.warnings.end(), in_file_order);
    if (result.errors.empty())
        result.lesson = std::move(lesson);
    return result;
}

LoadResult load_lesson_file(const std::string& path)
{
    std::ifstream in(u8_path(path), std::ios::binary);
    if (!in) {
        LoadResult r;
        r.errors.push_back(make_diagnostic(
            path, {}, "",
            {"cannot-open", {std::filesystem::exists(u8_path(path)) ? "permission denied" : "no such file"}}));
        return r;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return load_lesson_text(ss.str(), path);
}

} // namespace luyenso

// Reads the world sections of the e-ID, Messages, browser and Settings apps and the
// scripts of scam calls ("world": {"eid", "sms", "web", "settings", "call_scripts"}),
// and the "sms" kind of timeline item. Every problem is reported at its place in the
// file. Called from the lesson loader (lesson.cpp).
#pragma once

#include "lessons/lesson_reader.h"

#include <nlohmann/json.hpp>

#include <string>

namespace luyenso {

void read_eid_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);
// Read "web" before "sms": links in messages must open one of its pages.
void read_web_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);
void read_sms_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);
void read_settings_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);
// After "contacts": a script's caller is a contact.
void read_call_scripts(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);
// {"at": 20, "sms": {"from": "0869 123 456", "text": "..."}}: the "sms" object of a
// timeline item. False if it has errors.
bool read_sms_timeline_item(Reader& r, const std::string& ptr, const nlohmann::json& j, const World& w,
                            TimelineItem& item);

} // namespace luyenso

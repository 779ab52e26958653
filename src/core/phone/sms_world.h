// The Messages (SMS) app's part of a lesson's world ("world": {"sms": {...}}): the text
// messages already on the phone. Messages that arrive later are timeline items
// ({"at": 20, "sms": {...}}); OTPs arrive when an app sends one (Phone::deliver_sms).
#pragma once

#include <string>
#include <vector>

namespace luyenso {

struct SmsMessage {
    std::string from{}; // "me", or the thread's sender
    std::string text{};
    std::string time{}; // as shown: "19:02", "Hôm qua"
};

// All messages from one sender: a contact id, a number ("0869 123 456") or a service's
// name ("DINHDANHSO"), as phones group them.
struct SmsThread {
    std::string sender{};
    std::vector<SmsMessage> messages{};
    int unread = 0;
};

struct SmsWorld {
    std::vector<SmsThread> threads{}; // the newest activity first

    SmsThread* thread(const std::string& key);
    const SmsThread* thread(const std::string& key) const;
};

// The id a thread goes by in element ids ("sms.list.item.KEY"): the sender in lower case
// with only its letters (without their marks) and digits: "0869 123 456" -> "0869123456",
// "DINHDANHSO" -> "dinhdanhso", "Con gái Hoa" -> "congaihoa"; a contact id stays as it is.
std::string sms_key(const std::string& sender);

// The links in a message's text: words that start with http://, https:// or www.
std::vector<std::string> sms_links(const std::string& text);

} // namespace luyenso

// SpeechSynth on Windows: Windows' own speech (SAPI 5), used when a voice for the
// language is installed (Vietnamese: Microsoft An, from Windows' language settings).
// espeak-ng cannot be built here: Debian's mirror has no source tarball for bookworm's
// espeak-ng (scripts/windows/libs.sh). Without a voice, narration of text stays silent
// and the text stays on screen (said once on stderr); recordings still play.
#include "speech.h"

#include <windows.h>
// windows.h first
#include <objbase.h>
#include <sapi.h>

#include <iostream>
#include <string_view>

namespace luyenso::platform {

namespace {

// SAPI's stream format id for a WAVEFORMATEX (sapi.h declares it; no Debian library defines it).
constexpr GUID wave_format_ex = {0xC31ADBAE, 0x527F, 0x4ff5, {0xA2, 0x30, 0xF6, 0x2B, 0xB6, 0x1F, 0xF7, 0x0C}};
constexpr int rate_hz = 22050;

// Where voices are registered: SAPI's own, and Windows 10's newer ("OneCore") voices,
// which include Vietnamese.
constexpr const wchar_t* voice_categories[] = {L"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech\\Voices",
                                               L"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech_OneCore\\Voices"};

// COM for the calling thread, for as long as it lives.
struct ComScope {
    bool ok;
    ComScope()
    {
        const HRESULT hr = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
        ok = SUCCEEDED(hr) || hr == RPC_E_CHANGED_MODE; // already set up by someone else: usable
        owned_ = SUCCEEDED(hr);
    }
    ~ComScope()
    {
        if (owned_)
            CoUninitialize();
    }
    ComScope(const ComScope&) = delete;
    ComScope& operator=(const ComScope&) = delete;

private:
    bool owned_ = false;
};

template <typename T>
struct Com {
    T* p = nullptr;
    Com() = default;
    ~Com()
    {
        if (p)
            p->Release();
    }
    Com(const Com&) = delete;
    Com& operator=(const Com&) = delete;
    T** out() { return &p; }
    T* operator->() const { return p; }
    explicit operator bool() const { return p != nullptr; }
};

// The language SAPI names by its LCID in hex: Vietnamese 42A, English 409.
const wchar_t* language_of(std::string_view voice)
{
    return voice.substr(0, 2) == "en" ? L"Language=409" : L"Language=42A";
}

// The first installed voice of the language, or nothing.
bool find_voice(const wchar_t* language, Com<ISpObjectToken>& token)
{
    for (const wchar_t* category_id : voice_categories) {
        Com<ISpObjectTokenCategory> category;
        if (FAILED(CoCreateInstance(CLSID_SpObjectTokenCategory, nullptr, CLSCTX_ALL, IID_ISpObjectTokenCategory,
                                    reinterpret_cast<void**>(category.out()))) ||
            FAILED(category->SetId(category_id, FALSE)))
            continue;
        Com<IEnumSpObjectTokens> tokens;
        if (FAILED(category->EnumTokens(language, nullptr, tokens.out())) || !tokens)
            continue;
        if (tokens->Next(1, token.out(), nullptr) == S_OK && token)
            return true;
    }
    return false;
}

std::wstring to_utf16(const std::string& s)
{
    const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
    std::wstring w(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), w.data(), n);
    return w;
}

} // namespace

SpeechSynth::SpeechSynth(std::function<void()> ready) : ready_(std::move(ready))
{
    const ComScope com;
    Com<ISpObjectToken> token;
    if (!com.ok || !find_voice(language_of("vi"), token)) {
        std::cerr << "luyenso: Windows has no Vietnamese voice installed (Settings > Time & Language > Speech): "
                     "lesson text is shown but not read aloud; recordings still play\n";
        return;
    }
    sample_rate_ = rate_hz;
    worker_ = std::thread([this] { run(); });
}

SpeechSynth::~SpeechSynth()
{
    stop_worker();
}

std::vector<std::int16_t> SpeechSynth::synthesise(const std::string& text, const std::string& voice_name)
{
    std::vector<std::int16_t> samples;
    if (!available())
        return samples;
    std::lock_guard lock(engine_);
    const ComScope com;
    Com<ISpObjectToken> token;
    if (!com.ok || (!find_voice(language_of(voice_name), token) && !find_voice(language_of("vi"), token)))
        return samples;
    Com<ISpVoice> voice;
    Com<ISpStream> stream;
    Com<IStream> memory;
    if (FAILED(CoCreateInstance(CLSID_SpVoice, nullptr, CLSCTX_ALL, IID_ISpVoice,
                                reinterpret_cast<void**>(voice.out()))) ||
        FAILED(CoCreateInstance(CLSID_SpStream, nullptr, CLSCTX_ALL, IID_ISpStream,
                                reinterpret_cast<void**>(stream.out()))) ||
        FAILED(CreateStreamOnHGlobal(nullptr, TRUE, memory.out())))
        return samples;
    WAVEFORMATEX format{};
    format.wFormatTag = WAVE_FORMAT_PCM;
    format.nChannels = 1;
    format.nSamplesPerSec = rate_hz;
    format.wBitsPerSample = 16;
    format.nBlockAlign = 2;
    format.nAvgBytesPerSec = rate_hz * 2;
    if (FAILED(stream->SetBaseStream(memory.p, wave_format_ex, &format)) || FAILED(voice->SetVoice(token.p)) ||
        FAILED(voice->SetOutput(stream.p, TRUE)))
        return samples;
    voice->SetRate(-2); // slower than normal, for older listeners
    if (FAILED(voice->Speak(to_utf16(text).c_str(), SPF_DEFAULT | SPF_IS_NOT_XML, nullptr)))
        return samples;
    voice->WaitUntilDone(INFINITE);
    STATSTG stat{};
    HGLOBAL global = nullptr;
    if (FAILED(memory->Stat(&stat, STATFLAG_NONAME)) || FAILED(GetHGlobalFromStream(memory.p, &global)))
        return samples;
    const auto bytes = static_cast<std::size_t>(stat.cbSize.QuadPart);
    if (const void* data = GlobalLock(global)) {
        const auto* first = static_cast<const std::int16_t*>(data);
        samples.assign(first, first + bytes / sizeof(std::int16_t));
        GlobalUnlock(global);
    }
    return samples;
}

} // namespace luyenso::platform

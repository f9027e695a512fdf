//! The desktop's remembered settings: text size, contrast, language and reading speed, in
//! `settings.toml` under the platform's config folder (`~/.config/mynaho-guide/` on Linux).
//! Never read or written in kiosk mode (the next person must find nothing of the last one).
//! A missing or unreadable file gives the defaults: a bad settings file must never stop the
//! program from opening.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What a desktop remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The window's language (a locale code).
    pub lang: Option<String>,
    /// The text size in percent (100–200).
    pub text_scale: Option<u16>,
    /// High contrast on or off.
    pub high_contrast: Option<bool>,
    /// The reading-aloud speed in percent (70–120).
    pub speech_speed_percent: Option<u16>,
}

/// `settings.toml` in the platform's config folder, when the platform has one.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("jp", "", "mynaho-guide")
        .map(|dirs| dirs.config_dir().join("settings.toml"))
}

impl Prefs {
    /// The settings in `path`, or the defaults when the file is missing or not ours.
    pub fn load(path: &Path) -> Prefs {
        let Ok(text) = std::fs::read_to_string(path) else {
            return Prefs::default();
        };
        let mut prefs: Prefs = toml::from_str(&text).unwrap_or_default();
        // A hand-edited size outside the range is ignored rather than obeyed.
        prefs.text_scale = prefs.text_scale.filter(|scale| (100..=200).contains(scale));
        prefs.speech_speed_percent = prefs
            .speech_speed_percent
            .filter(|percent| (70..=120).contains(percent));
        prefs.lang = prefs
            .lang
            .filter(|lang| crate::i18n::languages().iter().any(|l| &l.code == lang));
        prefs
    }

    /// Writes the settings to `path` (creating its folder), replacing the file in one step so a
    /// crash never leaves half a file.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        let folder = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder)?;
        let mut file = tempfile::NamedTempFile::new_in(folder)?;
        std::io::Write::write_all(&mut file, text.as_bytes())?;
        file.persist(path).map_err(|error| error.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_save_and_bad_values_are_ignored() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sub").join("settings.toml");
        assert_eq!(Prefs::load(&path), Prefs::default(), "no file: defaults");
        let prefs = Prefs {
            lang: Some("vi".into()),
            text_scale: Some(175),
            high_contrast: Some(true),
            speech_speed_percent: Some(80),
        };
        prefs.save(&path).expect("saved");
        assert_eq!(Prefs::load(&path), prefs);
        std::fs::write(
            &path,
            "text_scale = 900\nlang = \"xx\"\nhigh_contrast = true\nspeech_speed_percent = 300\n",
        )
        .expect("write");
        let loaded = Prefs::load(&path);
        assert_eq!(loaded.text_scale, None);
        assert_eq!(loaded.lang, None);
        assert_eq!(loaded.high_contrast, Some(true));
        assert_eq!(loaded.speech_speed_percent, None);
        std::fs::write(&path, "not toml [").expect("write");
        assert_eq!(Prefs::load(&path), Prefs::default());
    }
}

// Passwords of twelve or more characters that appear near the top of published breach lists, and
// the stems they are usually built from. Shorter ones are refused by length already.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789123",
  "123123123123",
  "111111111111",
  "000000000000",
  "123412341234",
  "121212121212",
  "987654321098",
  "qwertyuiopas",
  "qwertyuiop123",
  "qwerty123456",
  "qwertyqwerty",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "zaq12wsxcde3",
  "asdfghjkl123",
  "passwordpassword",
  "password1234",
  "password12345",
  "password123456",
  "password123!",
  "passw0rd1234",
  "iloveyou1234",
  "iloveyouiloveyou",
  "letmein12345",
  "welcome12345",
  "welcome123456",
  "administrator",
  "administrator1",
  "changeme1234",
  "trustno11234",
  "football1234",
  "baseball1234",
  "superman1234",
  "princess1234",
  "sunshine1234",
  "starwars1234",
  "whatever1234",
  "michael12345",
  "dragon123456",
  "monkey123456",
  "abc123456789",
  "abcdefghijkl",
  "abcd12345678",
  "aaaaaaaaaaaa",
  "correcthorsebatterystaple",
]);

const STEMS = ["password", "passw0rd", "qwerty", "letmein", "welcome", "iloveyou", "admin", "changeme", "parley"];

export function isCommonPassword(password: string): boolean {
  const normal = password.toLowerCase();
  if (COMMON.has(normal)) return true;
  if (new Set(normal).size <= 2) return true;
  // A stem padded with digits and symbols ("Password2024!!") is as guessable as the stem.
  const letters = normal.replace(/[^a-z]/g, "");
  return STEMS.some((stem) => letters === stem || letters === stem.repeat(2));
}

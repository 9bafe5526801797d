namespace Kf.WeCom.Tests.Callback;

/// <summary>The two official vector sets of WECOM_PROTOCOL.md §10, verbatim.</summary>
internal static class OfficialVectors
{
    public static class SetA
    {
        public const string Token = "QDG6eK";
        public const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
        public const string ReceiveId = "wx5823bf96d3bd56c7";

        public const string VerifySignature = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
        public const string VerifyTimestamp = "1409659589";
        public const string VerifyNonce = "263014780";
        public const string EchoStr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        public const string EchoPlain = "1616140317555161061";

        public const string PostSignature = "477715d11cdb4164915debcba66cb864d751f3e6";
        public const string PostTimestamp = "1409659813";
        public const string PostNonce = "1372623149";
        public const string PostEncrypt = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";
    }

    public static class SetB
    {
        public const string Token = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
        public const string AesKey = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
        public const string ReceiveId = "ww1436e0e65a779aee";

        public const string VerifySignature = "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb";
        public const string VerifyTimestamp = "1476416373";
        public const string VerifyNonce = "47744683";
        public const string EchoStr = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";
        public const string EchoPlain = "1288432023552776189";

        public const string PostSignature = "0c3914025cb4b4d68103f6bfc8db550f79dcf48e";
        public const string PostTimestamp = "1476422779";
        public const string PostNonce = "1597212914";
        public const string PostEncrypt = "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";
    }
}

@testable import CMBlogPreview
import Testing

@Suite("Preview hosts")
struct HostCheckTests {
    @Test("on the loopback, only its names are answered, with or without a port")
    func loopback() {
        let check = HostCheck(bind: "127.0.0.1")
        for host in ["localhost", "localhost:4321", "127.0.0.1", "127.0.0.1:4321", "[::1]", "[::1]:4321", "LocalHost:80"] {
            #expect(check.allows(host), "\(host)")
        }
        for host in ["evil.example", "evil.example:4321", "localhost.evil.example", "192.168.1.20", "[fe80::1]", "localhost:", "localhost:43x", "[::1", ""] {
            #expect(!check.allows(host), "\(host)")
        }
        #expect(check.allows(nil), "no Host header: no browser sent it")
    }

    @Test("the --bind address is answered; bound to every address, any address is, never another name")
    func bindAddress() {
        #expect(HostCheck(bind: "192.168.1.20").allows("192.168.1.20:4321"))
        #expect(!HostCheck(bind: "192.168.1.20").allows("192.168.1.21:4321"))
        #expect(HostCheck(bind: "fe80::1").allows("[fe80::1]:4321"))
        #expect(HostCheck(bind: "studio.local").allows("studio.local:4321"))
        let everywhere = HostCheck(bind: "0.0.0.0")
        #expect(everywhere.allows("192.168.1.20:4321") && everywhere.allows("[fe80::1]") && everywhere.allows("localhost"))
        #expect(!everywhere.allows("evil.example") && !everywhere.allows("evil.example:4321"))
    }
}

# A PostgreSQL client without a password: connects (tcp HOST:PORT or unix PATH), asks to log in
# as postgres, prints LOGGED IN or REFUSED and why. Perl is in every Debian (perl-base).
use strict;
use warnings;
use Socket;
use IO::Socket::INET;
use IO::Socket::UNIX;

my ($kind, $target) = @ARGV;
my $s = $kind eq 'tcp'
    ? IO::Socket::INET->new(PeerAddr => $target, Timeout => 3)
    : IO::Socket::UNIX->new(Peer => $target, Type => SOCK_STREAM);
if (!$s) { print "REFUSED connect: $!\n"; exit 0; }
my $body = pack('N', 196608) . "user\0postgres\0database\0postgres\0\0";
print $s pack('N', length($body) + 4) . $body;
$s->flush();
my $hdr;
if ((read($s, $hdr, 5) // 0) != 5) { print "REFUSED closed\n"; exit 0; }
my ($type, $len) = unpack('a N', $hdr);
my $rest;
read($s, $rest, $len - 4);
if ($type eq 'R' && unpack('N', $rest) == 0) { print "LOGGED IN\n"; exit 0; }
$rest =~ s/\0/ /g;
print "REFUSED $type $rest\n";

using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using Crosswire.Core.Errors;

namespace Crosswire.Clustering;

/// <summary>
/// The binary form of <see cref="ArticleFeatures"/>: a version byte, then the fields in declaration order.
/// Integers are unsigned LEB128 varints, strings are a varint byte length and UTF-8, the date is UTC ticks
/// (8 bytes) and the offset in minutes (2 bytes), the signature is 4 bytes per value, all little-endian.
/// </summary>
internal static class FeatureCodec
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Write(ArticleFeatures features)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (features.TermCount * 12));
        var writer = new Writer(buffer);
        writer.Byte(ArticleFeatures.FormatVersion);
        writer.String(features.ArticleId);
        if (features.Published is { } published)
        {
            writer.Byte(1);
            writer.Int64(published.UtcTicks);
            writer.Int16((short)published.Offset.TotalMinutes);
        }
        else
        {
            writer.Byte(0);
        }

        writer.String(features.ContentHash);
        writer.VarInt(features.WordCount);
        writer.Counts(features.Terms);
        writer.Counts(features.Names);
        writer.VarInt(features.ShingleCount);
        var signature = features.Signature.IsDefault ? [] : features.Signature;
        writer.VarInt(signature.Length);
        foreach (var value in signature)
        {
            writer.UInt32(value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static ArticleFeatures Read(ReadOnlySpan<byte> bytes, string input)
    {
        var reader = new Reader(bytes, input);
        var version = reader.Byte();
        if (version != ArticleFeatures.FormatVersion)
        {
            throw reader.Fail($"format version {version}, expected {ArticleFeatures.FormatVersion}");
        }

        var id = reader.String();
        DateTimeOffset? published = null;
        switch (reader.Byte())
        {
            case 0:
                break;
            case 1:
                var ticks = reader.Int64();
                var minutes = reader.Int16();
                if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || Math.Abs((int)minutes) > 14 * 60)
                {
                    throw reader.Fail("publication date out of range");
                }

                published = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(minutes));
                break;
            default:
                throw reader.Fail("bad publication date marker");
        }

        var hash = reader.String();
        var words = reader.VarInt();
        var terms = reader.Counts();
        var names = reader.Counts();
        var shingles = reader.VarInt();
        var length = reader.VarInt();
        if (length > bytes.Length / 4)
        {
            throw reader.Fail("signature longer than the data");
        }

        var signature = ImmutableArray.CreateBuilder<uint>(length);
        for (var i = 0; i < length; i++)
        {
            signature.Add(reader.UInt32());
        }

        reader.End();
        return new ArticleFeatures(id, published, hash, words, terms, names, shingles, signature.MoveToImmutable());
    }

    private readonly struct Writer(ArrayBufferWriter<byte> buffer)
    {
        public void Byte(byte value)
        {
            buffer.GetSpan(1)[0] = value;
            buffer.Advance(1);
        }

        public void Int16(short value)
        {
            BinaryPrimitives.WriteInt16LittleEndian(buffer.GetSpan(2), value);
            buffer.Advance(2);
        }

        public void Int64(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
            buffer.Advance(8);
        }

        public void UInt32(uint value)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.GetSpan(4), value);
            buffer.Advance(4);
        }

        public void VarInt(int value)
        {
            var remaining = (uint)value;
            var span = buffer.GetSpan(5);
            var written = 0;
            while (remaining >= 0x80)
            {
                span[written++] = (byte)(remaining | 0x80);
                remaining >>= 7;
            }

            span[written++] = (byte)remaining;
            buffer.Advance(written);
        }

        public void String(string value)
        {
            var count = Encoding.UTF8.GetByteCount(value);
            VarInt(count);
            Encoding.UTF8.GetBytes(value, buffer.GetSpan(count));
            buffer.Advance(count);
        }

        public void Counts(ImmutableArray<TermCount> counts)
        {
            var items = counts.IsDefault ? [] : counts;
            VarInt(items.Length);
            foreach (var item in items)
            {
                String(item.Term);
                VarInt(item.Count);
            }
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes, string input)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly CrosswireException Fail(string reason) =>
            new(ErrorCatalogue.BadFeatures, input, $"{reason} (at byte {_position})");

        public byte Byte()
        {
            Need(1);
            return _bytes[_position++];
        }

        public short Int16()
        {
            Need(2);
            var value = BinaryPrimitives.ReadInt16LittleEndian(_bytes[_position..]);
            _position += 2;
            return value;
        }

        public long Int64()
        {
            Need(8);
            var value = BinaryPrimitives.ReadInt64LittleEndian(_bytes[_position..]);
            _position += 8;
            return value;
        }

        public uint UInt32()
        {
            Need(4);
            var value = BinaryPrimitives.ReadUInt32LittleEndian(_bytes[_position..]);
            _position += 4;
            return value;
        }

        public int VarInt()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var part = Byte();
                value |= (uint)(part & 0x7F) << shift;
                if ((part & 0x80) == 0)
                {
                    return value <= int.MaxValue ? (int)value : throw Fail("number out of range");
                }
            }

            throw Fail("number too long");
        }

        public string String()
        {
            var length = VarInt();
            Need(length);
            string value;
            try
            {
                value = s_strictUtf8.GetString(_bytes.Slice(_position, length));
            }
            catch (DecoderFallbackException)
            {
                throw Fail("text is not UTF-8");
            }

            _position += length;
            return value;
        }

        public ImmutableArray<TermCount> Counts()
        {
            var length = VarInt();

            // Each entry takes at least two bytes: do not trust a huge length before reading it.
            if (length > (_bytes.Length - _position) / 2)
            {
                throw Fail("list longer than the data");
            }

            var items = ImmutableArray.CreateBuilder<TermCount>(length);
            for (var i = 0; i < length; i++)
            {
                var term = String();
                var count = VarInt();
                if (term.Length == 0 || count < 1)
                {
                    throw Fail("empty term or count below 1");
                }

                items.Add(new TermCount(term, count));
            }

            return items.MoveToImmutable();
        }

        public readonly void End()
        {
            if (_position != _bytes.Length)
            {
                throw Fail($"{_bytes.Length - _position} bytes left over");
            }
        }

        private readonly void Need(int count)
        {
            if (count > _bytes.Length - _position)
            {
                throw Fail("truncated");
            }
        }
    }
}

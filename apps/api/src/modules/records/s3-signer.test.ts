import { describe, expect, it } from 'vitest'
import { sha256Hex, signRequest, uriEncode } from './s3-signer'

// The examples of Amazon's "Signature Calculations for the Authorization Header: Transferring
// Payload in a Single Chunk (AWS Signature Version 4)": checked against published answers, not
// only against this code (and the test server verifies with its own code).
const example = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  date: new Date('2013-05-24T00:00:00Z'),
}
const host = 'examplebucket.s3.amazonaws.com'
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

describe('S3 request signing (SigV4)', () => {
  it('reproduces the GET Object example (a Range header)', () => {
    const signed = signRequest({ ...example, method: 'GET', path: '/test.txt', headers: { host, range: 'bytes=0-9' }, payloadHash: EMPTY })
    expect(sha256Hex(signed.canonicalRequest)).toBe('7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972')
    expect(signed.headers.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, '
      + 'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41')
    expect(signed.headers['x-amz-date']).toBe('20130524T000000Z')
  })

  it('reproduces the PUT Object example (a body, a $ in the key, a Date and a storage class)', () => {
    const body = Buffer.from('Welcome to Amazon S3.')
    expect(sha256Hex(body)).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072')
    const signed = signRequest({
      ...example, method: 'PUT', path: '/test$file.text', payloadHash: sha256Hex(body),
      headers: { Host: host, Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
    })
    expect(sha256Hex(signed.canonicalRequest)).toBe('9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d')
    expect(signed.headers.authorization).toContain('SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, ')
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd')
  })

  it('reproduces the GET Bucket (List Objects) example: query parameters sorted and encoded', () => {
    const signed = signRequest({ ...example, method: 'GET', path: '/', query: [['prefix', 'J'], ['max-keys', '2']], headers: { host }, payloadHash: EMPTY })
    expect(signed.signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7')
  })

  it('encodes keys once, slashes kept in paths and encoded in query values', () => {
    expect(uriEncode('/photos/a b/ü(1)*.jpg', true)).toBe('/photos/a%20b/%C3%BC%281%29%2A.jpg')
    expect(uriEncode('linli/photos/', false)).toBe('linli%2Fphotos%2F')
    expect(uriEncode('a~b-c_d.e')).toBe('a~b-c_d.e')
  })
})
